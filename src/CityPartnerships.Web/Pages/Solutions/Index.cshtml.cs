using CityPartnerships.Domain.ContentPages;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Solutions;

/// <summary>The five solutions for strengthening cities' international engagement and the outlook, public.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(string Slug, string Title)> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var german = ActionAreaNames.Language == PortalCultures.German;
        var pages = await db.ContentPages.AsNoTracking().Where(p => p.Section == ContentPageSection.Solutions).OrderBy(p => p.Position)
            .Select(p => new { p.Slug, Title = german ? p.GermanTitle : p.Title }).ToListAsync(cancellationToken);
        Pages = [.. pages.Select(p => (p.Slug, p.Title))];
    }
}
