using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Features.Suggestions;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Suggestions;

/// <summary>
/// Partner suggestions for the viewer's own city (the city comes from the sign-in, never from the URL): staff and the
/// mayor's office read them, staff dismiss one.
/// </summary>
[Authorize(Policy = Policies.CityMember)]
public sealed class IndexModel(PartnerSuggestions suggestions, AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "reason")]
    public SuggestionReasonKind? Reason { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string SortKey => Sort is "name" ? Sort : "score";

    public string CityName { get; private set; } = string.Empty;

    public bool CanDismiss { get; private set; }

    public int DismissedCount { get; private set; }

    public int TotalCount { get; private set; }

    public PagedResult<PartnerSuggestionView> Suggestions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId
            || await suggestions.PageAsync(viewer, cityId, ActionAreaNames.Language, Reason, SortKey == "name", PageNumber, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        CityName = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).SingleAsync(cancellationToken);
        CanDismiss = viewer.CanDismissSuggestionsOf(cityId);
        DismissedCount = await db.DismissedSuggestions.CountAsync(d => d.CityId == cityId, cancellationToken);
        TotalCount = page.TotalCount;
        Suggestions = page.Suggestions;
        return Page();
    }

    public async Task<IActionResult> OnPostDismissAsync(int candidateId, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId)
        {
            return NotFound();
        }

        var result = await suggestions.DismissAsync(viewer, cityId, candidateId, User.GetDisplayName(), cancellationToken);
        if (this.Refusal(result.Outcome) is { } refusal)
        {
            return refusal;
        }

        var name = await db.Cities.AsNoTracking().Where(c => c.Id == candidateId).Select(c => c.NameIn(PortalCultures.Language)).SingleOrDefaultAsync(cancellationToken);
        if (result.IsDone)
        {
            this.ShowSuccess(localizer["Suggestions.Dismissed", name ?? string.Empty]);
        }
        else
        {
            this.ShowOutcome(result, localizer, "Suggestions.Dismissed");
        }

        return RedirectToPage(new { reason = Reason, sort = Sort, p = PageNumber });
    }
}
