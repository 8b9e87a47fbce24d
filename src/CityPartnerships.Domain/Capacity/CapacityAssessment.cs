using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Capacity;

/// <summary>
/// A city's self-assessment of its capacity to act at one moment: an answer to every question asked then, and the
/// three scores. Assessments are never changed afterwards, so a city's assessments over time show its progress.
/// </summary>
public sealed class CapacityAssessment
{
    public const int TakenByMaxLength = 120;

    private readonly List<CapacityAnswer> _answers = [];

    private CapacityAssessment()
    {
        TakenBy = string.Empty;
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public DateTime TakenAt { get; private set; }

    /// <summary>The display name of the staff member who submitted it.</summary>
    public string TakenBy { get; private set; }

    public int? FinancialScore { get; private set; }

    public int? AdministrativeScore { get; private set; }

    public int? PoliticalScore { get; private set; }

    public IReadOnlyCollection<CapacityAnswer> Answers => _answers.AsReadOnly();

    public CapacityScores Scores => new(FinancialScore, AdministrativeScore, PoliticalScore);

    /// <summary>
    /// A new assessment answering <paramref name="questions"/> (those asked now, none retired). Every question needs
    /// an answer; answers to other questions are ignored.
    /// </summary>
    public static CapacityAssessment Take(int cityId, IReadOnlyCollection<CapacityQuestion> questions,
        IReadOnlyDictionary<int, CapacityAnswerValue> answers, DateTime takenAtUtc, string takenBy)
    {
        if (questions.Count == 0)
        {
            throw new DomainException(ErrorCodes.Capacity.NoQuestions, "There are no questions to answer.");
        }

        if (questions.Any(q => q.IsRetired))
        {
            throw new DomainException(ErrorCodes.Capacity.QuestionRetired, "A retired question is no longer asked.");
        }

        var unanswered = questions.FirstOrDefault(q => !answers.ContainsKey(q.Id));
        if (unanswered is not null)
        {
            throw new DomainException(ErrorCodes.Capacity.Unanswered, "Answer every question.", $"q{unanswered.Id}");
        }

        var assessment = new CapacityAssessment
        {
            CityId = cityId,
            TakenAt = takenAtUtc.Kind == DateTimeKind.Utc ? takenAtUtc : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC."),
            TakenBy = string.IsNullOrWhiteSpace(takenBy) ? "?" : takenBy.Trim()[..Math.Min(takenBy.Trim().Length, TakenByMaxLength)],
        };
        foreach (var question in questions)
        {
            var value = Guard.Defined(answers[question.Id], ErrorCodes.Capacity.AnswerUnknown, $"q{question.Id}");
            assessment._answers.Add(new CapacityAnswer(question, value));
        }

        var scores = CapacityScoring.Score(assessment._answers.Select(a => (a.Dimension, a.Weight, a.Value)));
        (assessment.FinancialScore, assessment.AdministrativeScore, assessment.PoliticalScore) = (scores.Financial, scores.Administrative, scores.Political);
        return assessment;
    }
}
