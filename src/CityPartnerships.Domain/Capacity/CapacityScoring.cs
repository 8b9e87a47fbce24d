namespace CityPartnerships.Domain.Capacity;

/// <summary>How a self-assessment is scored, which next steps it leads to, and when the association's median may be shown.</summary>
public static class CapacityScoring
{
    /// <summary>The median of fewer cities would let a city work out another's answers (with two, its own and the median give the other's).</summary>
    public const int MinimumCitiesForMedian = 3;

    /// <summary>Next steps shown at most, so the list stays one a city can act on.</summary>
    public const int MaxNextSteps = 5;

    /// <summary>
    /// Each answer earns its points (no 0, partly 1, yes 2) times the question's weight; a dimension's score is what it
    /// earned in per cent of the most it could, rounded half away from zero.
    /// </summary>
    public static CapacityScores Score(IEnumerable<(CapacityDimension Dimension, int Weight, CapacityAnswerValue Value)> answers)
    {
        var list = answers.ToList();
        int? ScoreOf(CapacityDimension dimension)
        {
            var inDimension = list.Where(a => a.Dimension == dimension).ToList();
            var possible = inDimension.Sum(a => a.Weight * (int)CapacityAnswerValue.Yes);
            if (possible == 0)
            {
                return null;
            }

            var earned = inDimension.Sum(a => a.Weight * (int)a.Value);
            return (int)Math.Round(100m * earned / possible, MidpointRounding.AwayFromZero);
        }

        return new(ScoreOf(CapacityDimension.Financial), ScoreOf(CapacityDimension.Administrative), ScoreOf(CapacityDimension.Political));
    }

    public static CapacityLevel LevelOf(int score) => score switch
    {
        < 40 => CapacityLevel.GettingStarted,
        < 70 => CapacityLevel.Developing,
        _ => CapacityLevel.AbleToAct,
    };

    /// <summary>
    /// The questions whose recommendations a city should act on first: those not answered "yes", from the weakest
    /// dimension first, "no" before "partly", heavier questions first, then in the questions' order; at most
    /// <see cref="MaxNextSteps"/>.
    /// </summary>
    public static IReadOnlyList<int> NextSteps(CapacityScores scores,
        IEnumerable<(int QuestionId, CapacityDimension Dimension, int Position, int Weight, CapacityAnswerValue Value)> answers) =>
        [.. answers
            .Where(a => a.Value != CapacityAnswerValue.Yes)
            .OrderBy(a => scores.For(a.Dimension) ?? 100)
            .ThenBy(a => a.Dimension)
            .ThenBy(a => a.Value)
            .ThenByDescending(a => a.Weight)
            .ThenBy(a => a.Position)
            .Take(MaxNextSteps)
            .Select(a => a.QuestionId)];

    /// <summary>Whether the association's median may be shown: only when enough cities answered that none can be singled out.</summary>
    public static bool MayShowMedian(int citiesAnswered) => citiesAnswered >= MinimumCitiesForMedian;
}
