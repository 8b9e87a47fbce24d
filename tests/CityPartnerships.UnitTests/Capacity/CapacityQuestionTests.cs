using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.UnitTests.Capacity;

public class CapacityQuestionTests
{
    private static CapacityQuestion Valid() =>
        new(CapacityDimension.Financial, 1, 2, " Budget line ", " Haushaltsstelle ", " Reserve a line. ", " Sehen Sie eine vor. ", " funding ");

    [Fact]
    public void A_question_keeps_its_trimmed_texts_in_both_languages()
    {
        var question = Valid();

        Assert.Equal(("Budget line", "Haushaltsstelle"), (question.TextIn("en"), question.TextIn("de")));
        Assert.Equal(("Reserve a line.", "Sehen Sie eine vor."), (question.RecommendationIn("en"), question.RecommendationIn("de")));
        Assert.Equal("funding", question.SolutionSlug);
        Assert.False(question.IsRetired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void The_weight_is_one_to_three(int weight)
    {
        DomainAssert.Throws(ErrorCodes.Capacity.WeightOutOfRange, () => Valid().Update(CapacityDimension.Financial, 1, weight, "a", "b", "c", "d", null));
    }

    [Fact]
    public void The_position_cannot_be_negative()
    {
        DomainAssert.Throws(ErrorCodes.Capacity.PositionOutOfRange, () => Valid().Update(CapacityDimension.Financial, -1, 1, "a", "b", "c", "d", null));
    }

    [Fact]
    public void An_unknown_dimension_is_refused()
    {
        DomainAssert.Throws(ErrorCodes.Capacity.DimensionUnknown, () => Valid().Update((CapacityDimension)9, 1, 1, "a", "b", "c", "d", null));
    }

    [Fact]
    public void Both_languages_are_required_for_the_statement_and_the_recommendation()
    {
        DomainAssert.Throws(ErrorCodes.Capacity.GermanText.Required, () => Valid().Update(CapacityDimension.Political, 1, 1, "a", " ", "c", "d", null));
        DomainAssert.Throws(ErrorCodes.Capacity.GermanRecommendation.Required, () => Valid().Update(CapacityDimension.Political, 1, 1, "a", "b", "c", "", null));
        DomainAssert.Throws(ErrorCodes.Capacity.Text.TooLong, () =>
            Valid().Update(CapacityDimension.Political, 1, 1, new string('x', CapacityQuestion.TextMaxLength + 1), "b", "c", "d", null));
    }
}
