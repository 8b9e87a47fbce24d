using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.UnitTests.Capacity;

public class CapacityAssessmentTests
{
    private static readonly DateTime _now = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    private static CapacityQuestion Question(int id, CapacityDimension dimension, int weight = 1, int position = 0)
    {
        var question = new CapacityQuestion(dimension, position, weight, $"Statement {id}", $"Aussage {id}", $"Step {id}", $"Schritt {id}", "funding");
        typeof(CapacityQuestion).GetProperty(nameof(CapacityQuestion.Id))!.SetValue(question, id);
        return question;
    }

    private static readonly CapacityQuestion[] _questions =
    [
        Question(1, CapacityDimension.Financial, weight: 2),
        Question(2, CapacityDimension.Financial, weight: 1),
        Question(3, CapacityDimension.Administrative),
        Question(4, CapacityDimension.Administrative),
        Question(5, CapacityDimension.Political, weight: 3),
    ];

    [Fact]
    public void Each_dimension_is_scored_in_per_cent_of_its_weighted_points()
    {
        var answers = new Dictionary<int, CapacityAnswerValue>
        {
            [1] = CapacityAnswerValue.Yes, // 2 x 2 = 4 of 4
            [2] = CapacityAnswerValue.No, // 0 of 2
            [3] = CapacityAnswerValue.Partly, // 1 of 2
            [4] = CapacityAnswerValue.No, // 0 of 2
            [5] = CapacityAnswerValue.Partly, // 3 of 6
        };

        var assessment = CapacityAssessment.Take(7, _questions, answers, _now, "Anna");

        Assert.Equal(new CapacityScores(67, 25, 50), assessment.Scores);
        Assert.Equal(5, assessment.Answers.Count);
        Assert.Equal(7, assessment.CityId);
        Assert.Equal(_now, assessment.TakenAt);
    }

    [Fact]
    public void Every_question_needs_an_answer_and_the_form_is_told_which()
    {
        var answers = _questions.Where(q => q.Id != 4).ToDictionary(q => q.Id, _ => CapacityAnswerValue.Yes);

        var error = DomainAssert.Throws(ErrorCodes.Capacity.Unanswered, () => CapacityAssessment.Take(7, _questions, answers, _now, "Anna"));

        Assert.Equal("q4", error.ParamName);
    }

    [Fact]
    public void An_answer_outside_no_partly_yes_is_refused()
    {
        var answers = _questions.ToDictionary(q => q.Id, _ => CapacityAnswerValue.Yes);
        answers[2] = (CapacityAnswerValue)5;

        DomainAssert.Throws(ErrorCodes.Capacity.AnswerUnknown, () => CapacityAssessment.Take(7, _questions, answers, _now, "Anna"));
    }

    [Fact]
    public void Without_questions_there_is_nothing_to_assess()
    {
        DomainAssert.Throws(ErrorCodes.Capacity.NoQuestions, () => CapacityAssessment.Take(7, [], new Dictionary<int, CapacityAnswerValue>(), _now, "Anna"));
    }

    [Fact]
    public void A_retired_question_is_not_asked_any_more()
    {
        var retired = Question(9, CapacityDimension.Political);
        retired.Retire(true);

        DomainAssert.Throws(ErrorCodes.Capacity.QuestionRetired, () =>
            CapacityAssessment.Take(7, [retired], new Dictionary<int, CapacityAnswerValue> { [9] = CapacityAnswerValue.Yes }, _now, "Anna"));
    }

    [Fact]
    public void The_time_must_be_utc()
    {
        var answers = _questions.ToDictionary(q => q.Id, _ => CapacityAnswerValue.Yes);

        DomainAssert.Throws(ErrorCodes.Time.NotUtc, () => CapacityAssessment.Take(7, _questions, answers, DateTime.Now, "Anna"));
    }

    [Fact]
    public void Answers_keep_the_dimension_and_weight_the_question_had_when_answered()
    {
        var question = Question(11, CapacityDimension.Financial, weight: 3);
        var assessment = CapacityAssessment.Take(7, [question], new Dictionary<int, CapacityAnswerValue> { [11] = CapacityAnswerValue.Partly }, _now, "Anna");

        question.Update(CapacityDimension.Political, 0, 1, "Moved", "Verschoben", "Step", "Schritt", null);

        var answer = Assert.Single(assessment.Answers);
        Assert.Equal((CapacityDimension.Financial, 3), (answer.Dimension, answer.Weight));
        Assert.Equal(new CapacityScores(50, null, null), assessment.Scores);
    }
}
