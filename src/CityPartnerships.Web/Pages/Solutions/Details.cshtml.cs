using CityPartnerships.Domain.ContentPages;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Solutions;

/// <summary>One content page in the reader's language, its Markdown rendered safely.</summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await db.ContentPages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug && p.Section == ContentPageSection.Solutions, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Slug, Title, Body) = (page.Slug, page.TitleIn(ActionAreaNames.Language), page.BodyIn(ActionAreaNames.Language));
        return Page();
    }
}
