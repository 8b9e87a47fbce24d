using CityPartnerships.Domain.Suggestions;

namespace CityPartnerships.UnitTests.Suggestions;

public class PartnerSuggestionScoringTests
{
    [Fact]
    public void Every_reason_counts_with_its_points_and_what_it_rests_on()
    {
        var score = PartnerSuggestionScoring.Score(new SuggestionFacts(
            SharedActionAreaIds: [3, 1], ComplementaryActionAreaIds: [5], OwnPopulation: 600_000, CandidatePopulation: 450_000,
            SharedNetworkIds: [7], IsClimateTwin: true, CommonPartnerIds: [42]));

        Assert.Equal(
        [
            new(SuggestionReasonKind.SharedActionAreas, 4, [1, 3]),
            new(SuggestionReasonKind.ComplementaryExpertise, 3, [5]),
            new(SuggestionReasonKind.SimilarSize, 2, []),
            new(SuggestionReasonKind.SharedNetworks, 2, [7]),
            new(SuggestionReasonKind.ClimateTwin, 4, []),
            new(SuggestionReasonKind.PartnersPartner, 2, [42]),
        ], score.Reasons, new ReasonComparer());
        Assert.Equal(17, score.Points);
        Assert.True(score.IsSuggested);
    }

    [Fact]
    public void An_area_named_twice_by_two_sources_is_shown_and_counted_once()
    {
        // Climate action from the candidate's partnerships and from its practices, health only from its practices.
        var score = PartnerSuggestionScoring.Score(SuggestionFacts.None with { SharedActionAreaIds = [4, 2, 4] });

        Assert.Equal(2 * PartnerSuggestionScoring.PointsPerSharedArea, score.Points);
        Assert.Equal([2, 4], score.Reasons.Single().Ids);
    }

    [Fact]
    public void Each_kind_of_reason_is_capped_so_that_one_cannot_drown_the_others()
    {
        var score = PartnerSuggestionScoring.Score(SuggestionFacts.None with
        {
            SharedActionAreaIds = [1, 2, 3, 4, 5, 6],
            ComplementaryActionAreaIds = [1, 2, 3, 4],
            SharedNetworkIds = [1, 2, 3],
            CommonPartnerIds = [1, 2, 3, 4, 5],
        });

        Assert.Equal(6 + 6 + 4 + 6, score.Points);
        Assert.Equal(6, score.Reasons[0].Ids.Count);
    }

    [Fact]
    public void A_similar_size_alone_is_no_suggestion()
    {
        var score = PartnerSuggestionScoring.Score(SuggestionFacts.None with { OwnPopulation = 100_000, CandidatePopulation = 120_000 });

        Assert.Equal(2, score.Points);
        Assert.False(score.IsSuggested);
    }

    [Fact]
    public void Nothing_in_common_scores_nothing() =>
        Assert.Equal(new SuggestionScore(0, []).Points, PartnerSuggestionScoring.Score(SuggestionFacts.None).Points);

    [Theory]
    [InlineData(100_000, 200_000, true)]
    [InlineData(200_000, 100_000, true)]
    [InlineData(100_000, 200_001, false)]
    [InlineData(3_600_000, 590_000, false)]
    [InlineData(null, 100_000, false)]
    [InlineData(100_000, null, false)]
    [InlineData(0, 0, false)]
    public void Sizes_are_similar_when_the_larger_is_at_most_twice_the_smaller(int? own, int? candidate, bool similar) =>
        Assert.Equal(similar, PartnerSuggestionScoring.IsSimilarSize(own, candidate));

    [Fact]
    public void A_city_cannot_dismiss_itself_as_a_suggestion() =>
        DomainAssert.Throws("Suggestions.OwnCity", () => new DismissedSuggestion(5, 5, "Jana Novak", DateTime.UtcNow));

    [Fact]
    public void A_dismissal_says_who_dismissed() =>
        DomainAssert.Throws("Suggestions.DismissedBy.Required", () => new DismissedSuggestion(5, 6, " ", DateTime.UtcNow));

    private sealed class ReasonComparer : IEqualityComparer<SuggestionReason>
    {
        public bool Equals(SuggestionReason? x, SuggestionReason? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Points == y.Points && x.Ids.SequenceEqual(y.Ids);

        public int GetHashCode(SuggestionReason obj) => HashCode.Combine(obj.Kind, obj.Points);
    }
}
