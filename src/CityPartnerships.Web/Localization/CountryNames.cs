using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Web.Localization;

/// <summary>
/// Country names in the user's language. .NET only knows English and native names, so the names come from
/// country-names.json (see country-names.NOTICE.md); this class is the one place that reads it.
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<FrozenDictionary<string, FrozenDictionary<string, string>>> _namesByLanguage = new(Load);
    private static readonly ConcurrentDictionary<string, (string Code, string Name)[]> _sortedByCulture = new();
    private static readonly ConcurrentDictionary<string, string[]> _codesByCulture = new();

    /// <summary>Every name of the file: language ("de", "en") → country code → name.</summary>
    public static FrozenDictionary<string, FrozenDictionary<string, string>> ByLanguage => _namesByLanguage.Value;

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

    /// <summary>
    /// Every country as a choice for a form or filter, sorted by its name in the current UI culture. The sorted list is
    /// kept per culture; the items are new on each call, as a form marks the chosen one.
    /// </summary>
    public static List<SelectListItem> Options() => [.. SortedByName().Select(c => new SelectListItem(c.Name, c.Code))];

    /// <summary>
    /// The country codes in the order of their names in the current UI culture, for sorting by country in a query:
    /// <c>OrderBy(c => Array.IndexOf(codes, c.CountryCode))</c> becomes PostgreSQL's array_position, as the names
    /// themselves are not in the database.
    /// </summary>
    public static string[] CodesInNameOrder() => _codesByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => [.. SortedByName().Select(c => c.Code)]);

    private static (string Code, string Name)[] SortedByName() => _sortedByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => [.. CountryCode.All
        .Select(code => (Code: code, Name: Display(code)))
        .OrderBy(c => c.Name, PortalCultures.NameOrder)]);

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("country-names.json")
            ?? throw new InvalidOperationException("The embedded resource country-names.json is missing.");
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
        return parsed.ToFrozenDictionary(language => language.Key, language => language.Value.ToFrozenDictionary());
    }
}
