using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Legal;

/// <summary>The privacy notice (Datenschutzerklärung): what the portal stores and why, public.</summary>
[AllowAnonymous]
public sealed class PrivacyModel(AppDbContext db) : PageModel
{
    public LegalPageView Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LegalPages.FindAsync(db, LegalPages.PrivacySlug, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        return Page();
    }
}
