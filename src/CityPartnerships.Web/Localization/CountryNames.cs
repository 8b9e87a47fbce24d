using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CityPartnerships.Domain.Cities;
using Microsoft.AspNetCore.Html;

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
    private static readonly ConcurrentDictionary<string, string> _optionTagsByCulture = new();

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
    /// The <c>&lt;option&gt;</c> tags of every country for a filter's <c>&lt;select&gt;</c>, in name order, with
    /// <paramref name="selected"/> (a code, any case) marked. The tags are written and encoded once per culture: a
    /// filter form writes ~250 of them on every request, a tenth of the list page's rendering (docs/benchmarks.md).
    /// </summary>
    public static HtmlString OptionTags(string? selected)
    {
        var tags = _optionTagsByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => string.Concat(SortedByName()
            .Select(c => $"<option value=\"{c.Code}\">{HtmlEncoder.Default.Encode(c.Name)}</option>")));
        if (string.IsNullOrEmpty(selected))
        {
            return new HtmlString(tags);
        }

        var chosen = $"<option value=\"{HtmlEncoder.Default.Encode(selected.ToUpperInvariant())}\">";
        var at = tags.IndexOf(chosen, StringComparison.Ordinal);
        return new HtmlString(at < 0 ? tags : tags.Insert(at + chosen.Length - 1, " selected"));
    }

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
