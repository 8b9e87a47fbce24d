namespace CityPartnerships.Domain.Capacity;

/// <summary>
/// One answer of an assessment. The question's dimension and weight are copied at the time of answering, so an
/// assessment keeps its score when an admin later moves or reweights the question.
/// </summary>
public sealed class CapacityAnswer
{
    private CapacityAnswer()
    {
    }

    internal CapacityAnswer(CapacityQuestion question, CapacityAnswerValue value)
    {
        QuestionId = question.Id;
        Dimension = question.Dimension;
        Weight = question.Weight;
        Value = value;
    }

    public int Id { get; private set; }

    public int AssessmentId { get; private set; }

    public int QuestionId { get; private set; }

    public CapacityDimension Dimension { get; private set; }

    public int Weight { get; private set; }

    public CapacityAnswerValue Value { get; private set; }
}
