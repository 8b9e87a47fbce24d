using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Legal;

/// <summary>The association's imprint (Impressum), public.</summary>
[AllowAnonymous]
public sealed class ImprintModel(AppDbContext db) : PageModel
{
    public LegalPageView Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LegalPages.FindAsync(db, LegalPages.ImprintSlug, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        return Page();
    }
}
