namespace CityPartnerships.Domain.BestPractices;

/// <summary>The languages a practice (and an editable content page) is written in: ISO 639-1 codes.</summary>
public static class ContentLanguage
{
    public const string German = "de";
    public const string English = "en";
    public const int MaxLength = 2;

    public static IReadOnlyList<string> All { get; } = [German, English];

    public static bool IsKnown(string? language) => language is German or English;

    /// <summary>The other of the two languages a practice can be written in.</summary>
    public static string Other(string language) => language == German ? English : German;
}
