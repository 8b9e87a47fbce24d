using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>The practices of the user's city in every status: staff write and submit here, the mayor's office reads.</summary>
[Authorize(Policy = Policies.CityMember)]
public sealed class MineModel(BestPracticeQueries queries) : PageModel
{
    public IReadOnlyList<PracticeSummaryView> Practices { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        CanWrite = viewer.CanWritePractices;
        Practices = await queries.OfCityAsync(viewer, viewer.CityId!.Value, ActionAreaNames.Language, cancellationToken);
    }
}
