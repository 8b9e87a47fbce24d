using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.Web.Pages.Admin.BestPractices;

/// <summary>The review queue: submitted practices, the longest waiting first.</summary>
public sealed class IndexModel(BestPracticeQueries queries) : PageModel
{
    public IReadOnlyList<PracticeSummaryView> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await queries.ReviewQueueAsync(Viewer.From(User), ActionAreaNames.Language, cancellationToken);
}
