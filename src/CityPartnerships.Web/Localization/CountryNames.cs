using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace CityPartnerships.Web.Localization;

/// <summary>
/// Country names in the user's language. .NET only knows English and native names, so the names come from
/// country-names.json (see country-names.NOTICE.md).
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> _namesByLanguage = new(Load);

    /// <summary>The country's name in the current UI language, falling back to English and then to the code.</summary>
    public static string Display(string countryCode)
    {
        var names = _namesByLanguage.Value;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (names.TryGetValue(language, out var localized) && localized.TryGetValue(countryCode, out var name))
        {
            return name;
        }

        return names[PortalCultures.English].GetValueOrDefault(countryCode, countryCode);
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("country-names.json")
            ?? throw new InvalidOperationException("The embedded resource country-names.json is missing.");
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
        return parsed.ToFrozenDictionary(language => language.Key, language => language.Value.ToFrozenDictionary());
    }
}
