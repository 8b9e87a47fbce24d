using CityPartnerships.Web.Features.Capacity;

namespace CityPartnerships.Web.Pages.Capacity;

/// <summary>One past assessment with every answer; another city's assessment answers 404 (its id in the address changes nothing).</summary>
public sealed class DetailsModel(CapacityAssessments assessments, AppDbContext db) : PageModel
{
    public CapacityResultModel Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await assessments.ResultAsync(Viewer.From(User), id, ActionAreaNames.Language, cancellationToken) is not { } result)
        {
            return NotFound();
        }

        Shown = new(result, await assessments.MedianAsync(cancellationToken), await CapacityResultModel.SolutionTitlesAsync(db, cancellationToken));
        return Page();
    }
}
