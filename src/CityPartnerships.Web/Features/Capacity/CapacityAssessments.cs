using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Web.Features.Capacity;

/// <summary>A question as asked now, in one language.</summary>
public sealed record CapacityQuestionView(int Id, CapacityDimension Dimension, int Position, int Weight, string Text, string Recommendation, string? SolutionSlug);

/// <summary>One assessment of a city: when, by whom, and its three scores.</summary>
public sealed record CapacityAssessmentView(int Id, DateTime TakenAt, string TakenBy, CapacityScores Scores);

/// <summary>An answer with its question's texts in one language (the question's dimension and weight as answered).</summary>
public sealed record CapacityAnswerView(int QuestionId, CapacityDimension Dimension, int Position, int Weight, string Text,
    string Recommendation, string? SolutionSlug, CapacityAnswerValue Value);

/// <summary>An assessment with its answers and the next steps it leads to (the answers whose recommendations come first).</summary>
public sealed record CapacityResultView(CapacityAssessmentView Assessment, IReadOnlyList<CapacityAnswerView> Answers, IReadOnlyList<CapacityAnswerView> NextSteps);

/// <summary>
/// The association's median of each dimension over every member city's latest assessment, and how many cities that
/// is. <see cref="Scores"/> is null when too few cities answered for the median to stay anonymous.
/// </summary>
public sealed record CapacityMedianView(int CitiesAnswered, CapacityScores? Scores);

/// <summary>
/// The capacity self-assessment: the questions asked, a city's assessments (only that city's own users read them;
/// admins and other cities see nothing but the anonymous median), and taking a new one (staff of the city).
/// </summary>
public sealed class CapacityAssessments(AppDbContext db)
{
    public async Task<IReadOnlyList<CapacityQuestionView>> QuestionsAsync(string language, CancellationToken cancellationToken)
    {
        var german = language == PortalCultures.German;
        var questions = await db.CapacityQuestions.AsNoTracking().Where(q => !q.IsRetired)
            .Select(q => new CapacityQuestionView(q.Id, q.Dimension, q.Position, q.Weight, german ? q.GermanText : q.Text,
                german ? q.GermanRecommendation : q.Recommendation, q.SolutionSlug))
            .ToListAsync(cancellationToken);

        // The dimension is stored as text: ordered here, in the enum's order (financial, administrative, political).
        return [.. questions.OrderBy(q => q.Dimension).ThenBy(q => q.Position).ThenBy(q => q.Id)];
    }

    /// <summary>The city's assessments, newest first; null when the viewer may not read them.</summary>
    public async Task<IReadOnlyList<CapacityAssessmentView>?> HistoryAsync(Viewer viewer, int cityId, CancellationToken cancellationToken)
    {
        if (!viewer.CanReadCapacityOf(cityId))
        {
            return null;
        }

        var rows = await db.CapacityAssessments.AsNoTracking().Where(a => a.CityId == cityId)
            .OrderByDescending(a => a.TakenAt).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.TakenAt, a.TakenBy, a.FinancialScore, a.AdministrativeScore, a.PoliticalScore })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new CapacityAssessmentView(a.Id, a.TakenAt, a.TakenBy, new(a.FinancialScore, a.AdministrativeScore, a.PoliticalScore)))];
    }

    /// <summary>One assessment with its answers and next steps; null when there is none or it is another city's.</summary>
    public async Task<CapacityResultView?> ResultAsync(Viewer viewer, int assessmentId, string language, CancellationToken cancellationToken)
    {
        var assessment = await db.CapacityAssessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => new { a.Id, a.CityId, a.TakenAt, a.TakenBy, a.FinancialScore, a.AdministrativeScore, a.PoliticalScore })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null || !viewer.CanReadCapacityOf(assessment.CityId))
        {
            return null;
        }

        var german = language == PortalCultures.German;
        var answers = await db.CapacityAssessments.AsNoTracking().Where(a => a.Id == assessmentId)
            .SelectMany(a => a.Answers)
            .Join(db.CapacityQuestions, a => a.QuestionId, q => q.Id, (a, q) => new CapacityAnswerView(a.QuestionId, a.Dimension, q.Position, a.Weight,
                german ? q.GermanText : q.Text, german ? q.GermanRecommendation : q.Recommendation, q.SolutionSlug, a.Value))
            .ToListAsync(cancellationToken);
        answers = [.. answers.OrderBy(a => a.Dimension).ThenBy(a => a.Position).ThenBy(a => a.QuestionId)];

        var scores = new CapacityScores(assessment.FinancialScore, assessment.AdministrativeScore, assessment.PoliticalScore);
        var byQuestion = answers.ToDictionary(a => a.QuestionId);
        var nextSteps = CapacityScoring.NextSteps(scores, answers.Select(a => (a.QuestionId, a.Dimension, a.Position, a.Weight, a.Value)));
        return new(new(assessment.Id, assessment.TakenAt, assessment.TakenBy, scores), answers, [.. nextSteps.Select(id => byQuestion[id])]);
    }

    /// <summary>The median in SQL over the latest assessment of each member city; hidden below three cities.</summary>
    public async Task<CapacityMedianView> MedianAsync(CancellationToken cancellationToken)
    {
        var row = await db.Database.SqlQuery<MedianRow>($"""
            WITH latest AS (
                SELECT DISTINCT ON (a."CityId") a."FinancialScore", a."AdministrativeScore", a."PoliticalScore"
                FROM "CapacityAssessments" a
                JOIN "Cities" c ON c."Id" = a."CityId"
                WHERE c."IsAssociationMember"
                ORDER BY a."CityId", a."TakenAt" DESC, a."Id" DESC)
            SELECT count(*)::int AS "Cities",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY "FinancialScore") AS "Financial",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY "AdministrativeScore") AS "Administrative",
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY "PoliticalScore") AS "Political"
            FROM latest
            """).SingleAsync(cancellationToken);
        if (!CapacityScoring.MayShowMedian(row.Cities))
        {
            return new(row.Cities, null);
        }

        static int? Rounded(double? value) => value is { } median ? (int)Math.Round(median, MidpointRounding.AwayFromZero) : null;
        return new(row.Cities, new(Rounded(row.Financial), Rounded(row.Administrative), Rounded(row.Political)));
    }

    /// <summary>Staff answer the questions asked now for their own city; the new assessment's id, or why not.</summary>
    public async Task<(ChangeResult Result, int? AssessmentId)> TakeAsync(Viewer viewer, IReadOnlyDictionary<int, CapacityAnswerValue> answers,
        string takenBy, DateTime now, CancellationToken cancellationToken)
    {
        if (!viewer.CanTakeCapacityAssessment || viewer.CityId is not { } cityId)
        {
            return (ChangeResult.Forbidden, null);
        }

        var questions = await db.CapacityQuestions.Where(q => !q.IsRetired).ToListAsync(cancellationToken);
        try
        {
            var assessment = CapacityAssessment.Take(cityId, questions, answers, now, takenBy);
            db.CapacityAssessments.Add(assessment);
            await db.SaveChangesAsync(cancellationToken);
            return (ChangeResult.Done, assessment.Id);
        }
        catch (DomainException error)
        {
            return (ChangeResult.Invalid([error]), null);
        }
    }

    private sealed record MedianRow(int Cities, double? Financial, double? Administrative, double? Political);
}
