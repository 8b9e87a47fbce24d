using CityPartnerships.Web.Features.Suggestions;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Suggestions;

/// <summary>The cities the viewer's city no longer wants suggested, who dismissed them and when; staff suggest one again.</summary>
[Authorize(Policy = Policies.CityMember)]
public sealed class DismissedModel(PartnerSuggestions suggestions, AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<DismissedSuggestionView> Dismissed { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId || await suggestions.DismissedAsync(viewer, cityId, cancellationToken) is not { } dismissed)
        {
            return NotFound();
        }

        Dismissed = dismissed;
        CanRestore = viewer.CanDismissSuggestionsOf(cityId);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int candidateId, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId)
        {
            return NotFound();
        }

        var result = await suggestions.RestoreAsync(viewer, cityId, candidateId, cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        var name = await db.Cities.AsNoTracking().Where(c => c.Id == candidateId).Select(c => c.NameIn(PortalCultures.Language)).SingleOrDefaultAsync(cancellationToken);
        this.ShowSuccess(localizer["Suggestions.Restored", name ?? string.Empty]);
        return RedirectToPage();
    }
}
