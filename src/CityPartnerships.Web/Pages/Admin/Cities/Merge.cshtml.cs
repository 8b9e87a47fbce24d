using CityPartnerships.Web.Features.Cities;

namespace CityPartnerships.Web.Pages.Admin.Cities;

/// <summary>
/// Merges a city added by hand into the place it duplicates: find the place, see what would move and what stands in
/// the way, confirm. A conflict (the place would be partnered with itself, or twice with the same partner) is listed
/// with links to the records, and the merge waits until the admin has resolved it.
/// </summary>
public sealed class MergeModel(AppDbContext db, CityChoices choices, CityAdministration administration,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int Candidates = 12;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "target")]
    public int? TargetId { get; set; }

    public string Name { get; private set; } = string.Empty;

    public string Where { get; private set; } = string.Empty;

    public IReadOnlyList<CityChoiceView> Choices { get; private set; } = [];

    public MergePlanView? Plan { get; private set; }

    public string? TargetLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        Name = city.Name;
        Where = PlaceNames.Where(city.Region, city.CountryCode);
        if (TargetId is { } targetId)
        {
            Plan = await administration.PlanMergeAsync(id, targetId, cancellationToken);
            var target = await db.Cities.AsNoTracking().Where(c => c.Id == targetId).ToListAsync(cancellationToken);
            TargetLabel = await choices.DescribeAsync(target, target.Count > 0 ? target[0].NameIn(PortalCultures.Language) : string.Empty, id, cancellationToken)
                is [var described, ..] ? described.Label(localizer) : null;
        }
        else
        {
            var typed = string.IsNullOrWhiteSpace(Search) ? city.Name : Search;
            Choices = await choices.SuggestAsync(typed, id, Candidates, cancellationToken);
            Search = typed;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (TargetId is not { } targetId)
        {
            return RedirectToPage(new { id });
        }

        var (plan, merged) = await administration.MergeAsync(id, targetId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!merged)
        {
            this.ShowError(localizer["CityAdmin.MergeRefused"]);
            return RedirectToPage(new { id, target = targetId });
        }

        this.ShowSuccess(localizer.Count("CityAdmin.Merged", plan.Partnerships, plan.DuplicateName, plan.TargetName));
        return RedirectToPage("Edit", new { id = targetId });
    }
}
