namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>City sizes as the library filters them, by population (German town planning's classes, the largest split).</summary>
public enum CitySize
{
    /// <summary>Under 20,000 inhabitants.</summary>
    Small,

    /// <summary>20,000 to 99,999.</summary>
    Medium,

    /// <summary>100,000 to 499,999.</summary>
    Large,

    /// <summary>500,000 and more.</summary>
    VeryLarge,
}

public enum BestPracticeSort
{
    Relevance,
    Newest,
    Title,
    City,
}

/// <summary>What a reader asks the library for: words, filters (one city's practices among them: the dashboards link there), order and page.</summary>
public sealed record BestPracticeSearch(
    string? Text = null,
    int? AreaId = null,
    int? Sdg = null,
    string? Country = null,
    CitySize? Size = null,
    BestPracticeSort? Sort = null,
    int Page = 1,
    int? CityId = null)
{
    public const int MaxTextLength = 200;
    public const int PageSize = 20;

    /// <summary>The words to look for, trimmed and cut to a sane length; null when nothing was typed.</summary>
    public string? Words => string.IsNullOrWhiteSpace(Text) ? null
        : Text.Trim() is { Length: > MaxTextLength } tooLong ? tooLong[..MaxTextLength] : Text.Trim();

    /// <summary>Relevance when words were typed, otherwise the newest first; relevance without words means newest.</summary>
    public BestPracticeSort EffectiveSort => Sort switch
    {
        null => Words is null ? BestPracticeSort.Newest : BestPracticeSort.Relevance,
        BestPracticeSort.Relevance when Words is null => BestPracticeSort.Newest,
        var chosen => chosen.Value,
    };

    public static (int Min, int Max) Population(CitySize size) => size switch
    {
        CitySize.Small => (0, 19_999),
        CitySize.Medium => (20_000, 99_999),
        CitySize.Large => (100_000, 499_999),
        _ => (500_000, int.MaxValue),
    };

    /// <summary>The country filter as an ISO code, or null when none (or nonsense) was given.</summary>
    public string? CountryCode => Domain.Cities.CountryCode.Normalize(Country);
}
