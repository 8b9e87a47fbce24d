using CityPartnerships.Domain.Capacity;
using CityPartnerships.Web.Features.Capacity;

namespace CityPartnerships.Web.Pages.Admin.Capacity;

/// <summary>The self-assessment's questions for admins to edit, and the association's anonymous median (never a city's answers).</summary>
public sealed class IndexModel(AppDbContext db, CapacityAssessments assessments) : PageModel
{
    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];

    public CapacityMedianView Median { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> SolutionTitles { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var german = ActionAreaNames.Language == PortalCultures.German;
        var questions = await db.CapacityQuestions.AsNoTracking()
            .Select(q => new QuestionRow(q.Id, q.Dimension, q.Position, q.Weight, german ? q.GermanText : q.Text, q.SolutionSlug, q.IsRetired))
            .ToListAsync(cancellationToken);
        Questions = [.. questions.OrderBy(q => q.IsRetired).ThenBy(q => q.Dimension).ThenBy(q => q.Position).ThenBy(q => q.Id)];
        Median = await assessments.MedianAsync(cancellationToken);
        SolutionTitles = await Pages.Capacity.CapacityResultModel.SolutionTitlesAsync(db, cancellationToken);
    }

    public sealed record QuestionRow(int Id, CapacityDimension Dimension, int Position, int Weight, string Text, string? SolutionSlug, bool IsRetired);
}
