using CityPartnerships.Domain.Capacity;

namespace CityPartnerships.UnitTests.Capacity;

public class CapacityScoringTests
{
    [Fact]
    public void A_dimension_without_questions_has_no_score_rather_than_zero()
    {
        var scores = CapacityScoring.Score([(CapacityDimension.Political, 1, CapacityAnswerValue.Yes)]);

        Assert.Equal(new CapacityScores(null, null, 100), scores);
    }

    [Fact]
    public void Half_points_round_away_from_zero()
    {
        // 1 of 8 points is 12.5 %
        var scores = CapacityScoring.Score([(CapacityDimension.Financial, 1, CapacityAnswerValue.Partly), (CapacityDimension.Financial, 3, CapacityAnswerValue.No)]);

        Assert.Equal(13, scores.Financial);
    }

    [Theory]
    [InlineData(0, CapacityLevel.GettingStarted)]
    [InlineData(39, CapacityLevel.GettingStarted)]
    [InlineData(40, CapacityLevel.Developing)]
    [InlineData(69, CapacityLevel.Developing)]
    [InlineData(70, CapacityLevel.AbleToAct)]
    [InlineData(100, CapacityLevel.AbleToAct)]
    public void Scores_read_as_levels(int score, CapacityLevel level)
    {
        Assert.Equal(level, CapacityScoring.LevelOf(score));
    }

    [Fact]
    public void Next_steps_start_with_the_weakest_dimension_and_leave_out_what_is_done()
    {
        var scores = new CapacityScores(Financial: 80, Administrative: 20, Political: 50);
        var steps = CapacityScoring.NextSteps(scores,
        [
            (1, CapacityDimension.Financial, 1, 1, CapacityAnswerValue.Partly),
            (2, CapacityDimension.Political, 1, 1, CapacityAnswerValue.Partly),
            (3, CapacityDimension.Political, 2, 1, CapacityAnswerValue.No),
            (4, CapacityDimension.Administrative, 1, 1, CapacityAnswerValue.Partly),
            (5, CapacityDimension.Administrative, 2, 3, CapacityAnswerValue.No),
            (6, CapacityDimension.Administrative, 3, 1, CapacityAnswerValue.No),
            (7, CapacityDimension.Administrative, 4, 1, CapacityAnswerValue.Yes),
        ]);

        Assert.Equal([5, 6, 4, 3, 2], steps);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(40, true)]
    public void The_median_is_shown_only_when_at_least_three_cities_answered(int cities, bool shown)
    {
        Assert.Equal(shown, CapacityScoring.MayShowMedian(cities));
    }
}
