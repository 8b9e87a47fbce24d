namespace CityPartnerships.Domain.Contacts;

/// <summary>
/// The languages a contact can be noted to speak, as ISO 639-1 codes: the languages of the partner cities the
/// association's members work with. Names come from the portal's resources ("SpokenLanguage.fr"), so a German reader
/// reads "Französisch" whatever language the person who noted it used.
/// </summary>
public static class SpokenLanguages
{
    public const int MaxPerContact = 10;

    /// <summary>Offered first: the languages most partnerships use.</summary>
    public static IReadOnlyList<string> Common { get; } = ["de", "en", "fr", "es", "it", "pl", "nl", "pt", "ru", "tr"];

    public static IReadOnlyList<string> All { get; } =
    [
        .. Common,
        "af", "am", "ar", "az", "be", "bg", "bn", "bs", "cs", "da", "el", "et", "fa", "fi", "ga", "ha", "he", "hi",
        "hr", "hu", "hy", "id", "is", "ja", "ka", "kk", "ko", "ku", "lb", "lt", "lv", "mk", "ms", "mt", "no", "ro",
        "sk", "sl", "sq", "sr", "sv", "sw", "ta", "th", "uk", "ur", "uz", "vi", "yo", "zh",
    ];

    private static readonly HashSet<string> _known = [.. All];

    public static bool IsKnown(string code) => _known.Contains(code);
}
