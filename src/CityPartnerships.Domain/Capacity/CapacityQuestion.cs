using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Capacity;

/// <summary>
/// A statement of the capacity self-assessment ("The city budget has a line for international work"), in both
/// languages, with the next step the portal recommends to a city for which it does not (fully) hold and the solution
/// page that step comes from. Admins edit the questions; a retired question is no longer asked, but past assessments
/// keep their answers to it.
/// </summary>
public sealed class CapacityQuestion
{
    public const int TextMaxLength = 300;
    public const int RecommendationMaxLength = 1000;
    public const int SolutionSlugMaxLength = 60;
    public const int MinWeight = 1;
    public const int MaxWeight = 3;
    public const int MaxPosition = 999;

    private CapacityQuestion()
    {
        Text = string.Empty;
        GermanText = string.Empty;
        Recommendation = string.Empty;
        GermanRecommendation = string.Empty;
    }

    public CapacityQuestion(CapacityDimension dimension, int position, int weight, string text, string germanText,
        string recommendation, string germanRecommendation, string? solutionSlug)
        : this()
    {
        Update(dimension, position, weight, text, germanText, recommendation, germanRecommendation, solutionSlug);
    }

    public int Id { get; private set; }

    public CapacityDimension Dimension { get; private set; }

    /// <summary>Order within the dimension.</summary>
    public int Position { get; private set; }

    /// <summary>How much the statement counts in its dimension, 1 to 3.</summary>
    public int Weight { get; private set; }

    public string Text { get; private set; }

    public string GermanText { get; private set; }

    /// <summary>The next step for a city for which the statement does not (fully) hold.</summary>
    public string Recommendation { get; private set; }

    public string GermanRecommendation { get; private set; }

    /// <summary>The solution page (/Solutions/{slug}) the recommendation is taken from; null when none fits.</summary>
    public string? SolutionSlug { get; private set; }

    public bool IsRetired { get; private set; }

    public uint Version { get; private set; }

    public string TextIn(string language) => language == "de" ? GermanText : Text;

    public string RecommendationIn(string language) => language == "de" ? GermanRecommendation : Recommendation;

    public void Update(CapacityDimension dimension, int position, int weight, string text, string germanText,
        string recommendation, string germanRecommendation, string? solutionSlug)
    {
        var validDimension = Guard.Defined(dimension, ErrorCodes.Capacity.DimensionUnknown, nameof(dimension));
        if (position is < 0 or > MaxPosition)
        {
            throw new DomainException(ErrorCodes.Capacity.PositionOutOfRange, $"The position is 0 to {MaxPosition}.", nameof(position));
        }

        if (weight is < MinWeight or > MaxWeight)
        {
            throw new DomainException(ErrorCodes.Capacity.WeightOutOfRange, $"The weight is {MinWeight} to {MaxWeight}.", nameof(weight));
        }

        var validText = Guard.RequiredText(text, TextMaxLength, ErrorCodes.Capacity.Text, nameof(text));
        var validGermanText = Guard.RequiredText(germanText, TextMaxLength, ErrorCodes.Capacity.GermanText, nameof(germanText));
        var validRecommendation = Guard.RequiredText(recommendation, RecommendationMaxLength, ErrorCodes.Capacity.Recommendation, nameof(recommendation));
        var validGermanRecommendation = Guard.RequiredText(germanRecommendation, RecommendationMaxLength, ErrorCodes.Capacity.GermanRecommendation, nameof(germanRecommendation));
        var validSlug = Guard.OptionalText(solutionSlug, SolutionSlugMaxLength, ErrorCodes.Capacity.SolutionSlug, nameof(solutionSlug));

        Dimension = validDimension;
        Position = position;
        Weight = weight;
        Text = validText;
        GermanText = validGermanText;
        Recommendation = validRecommendation;
        GermanRecommendation = validGermanRecommendation;
        SolutionSlug = validSlug;
    }

    /// <summary>Stops asking the statement (or asks it again); past answers stay with their assessments.</summary>
    public void Retire(bool retired) => IsRetired = retired;
}
