using CityPartnerships.Web.Features.Capacity;

namespace CityPartnerships.Web.Pages.Capacity;

/// <summary>
/// The city's capacity to act as its last self-assessment scored it, with next steps, the association's median and
/// every past assessment; staff and the mayor's office of the city read it (folder policy), staff take a new one.
/// </summary>
public sealed class IndexModel(CapacityAssessments assessments, AppDbContext db) : PageModel
{
    public string CityName { get; private set; } = string.Empty;

    public IReadOnlyList<CapacityAssessmentView> History { get; private set; } = [];

    public CapacityResultModel? Latest { get; private set; }

    public CapacityMedianView Median { get; private set; } = null!;

    public bool CanTake { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId || await assessments.HistoryAsync(viewer, cityId, cancellationToken) is not { } history)
        {
            return NotFound();
        }

        CityName = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).SingleAsync(cancellationToken);
        History = history;
        CanTake = viewer.CanTakeCapacityAssessment;
        Median = await assessments.MedianAsync(cancellationToken);
        if (history.Count > 0 && await assessments.ResultAsync(viewer, history[0].Id, ActionAreaNames.Language, cancellationToken) is { } latest)
        {
            Latest = new(latest, Median, await CapacityResultModel.SolutionTitlesAsync(db, cancellationToken));
        }

        return Page();
    }
}
