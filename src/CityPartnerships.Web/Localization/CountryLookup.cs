using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Web.Localization;

/// <summary>
/// Finds a country by what people type into a spreadsheet: an ISO code ("FR", "FRA") or its name in English or German,
/// in any case, with or without accents and a leading "the" ("Osterreich", "cote d'ivoire", "The Netherlands"), also
/// as "Region, Country" ("Scotland, United Kingdom"). Names come from <see cref="CountryNames"/> and the other names of
/// the same source (country-alternative-names.json), .NET's English names and a few names of the project's own.
/// </summary>
public static class CountryLookup
{
    // Keys of names are lower case, so this prefix keeps the alpha-3 codes apart from them.
    private const string Alpha3Prefix = "ISO3:";

    // Names people use that none of the sources knows; each says why it is one country's name.
    private static readonly Dictionary<string, string> _ownNames = new(StringComparer.Ordinal)
    {
        // The nations of the United Kingdom: ISO 3166-1 has only the state, and Wikipedia's lists name the nation.
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Schottland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["Nordirland"] = "GB",
        ["U.K."] = "GB",
        ["Britain"] = "GB",
        // The state, as Wikipedia tells it apart from the island.
        ["Republic of Ireland"] = "IE",
        // The ISO short name; the source and .NET write "Vietnam".
        ["Viet Nam"] = "VN",
        // Former or everyday names still used in older lists.
        ["Holland"] = "NL",
        ["Burma"] = "MM",
        ["Birma"] = "MM",
        ["Swaziland"] = "SZ",
        ["Swasiland"] = "SZ",
        ["Macedonia"] = "MK",
        ["Mazedonien"] = "MK",
        ["Moldavia"] = "MD",
        ["Surinam"] = "SR",
        ["East Timor"] = "TL",
        // Wikipedia's spellings: its disambiguated article title; the local spelling; the territory of the state.
        ["Georgia (country)"] = "GE",
        ["Bosnia and Hercegovina"] = "BA",
        ["West Bank"] = "PS",
    };

    private static readonly Lazy<FrozenDictionary<string, string>> _codesByName = new(Load);

    /// <summary>The upper-case ISO 3166-1 alpha-2 code, or null when nothing matches.</summary>
    public static string? Find(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var trimmed = typed.Trim();
        if (trimmed.Length == 2 && CountryCode.Normalize(trimmed) is { } code)
        {
            return code;
        }

        // Three letters only in capitals: "FRA" is a code, "Fra" may be the start of a name.
        if (trimmed.Length == 3 && trimmed.All(char.IsAsciiLetterUpper))
        {
            return _codesByName.Value.GetValueOrDefault(Alpha3Prefix + trimmed);
        }

        if (_codesByName.Value.GetValueOrDefault(Key(trimmed)) is { } byName)
        {
            return byName;
        }

        // "Scotland, United Kingdom": the last part names the country.
        var comma = trimmed.LastIndexOf(',');
        return comma > 0 ? _codesByName.Value.GetValueOrDefault(Key(trimmed[(comma + 1)..])) : null;
    }

    /// <summary>
    /// Lower case, without accents, punctuation or a leading "the", single spaces: "Côte d'Ivoire" → "cote d ivoire",
    /// "The Gambia" → "gambia".
    /// </summary>
    internal static string Key(string name)
    {
        var decomposed = name.Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                key.Append(char.ToLowerInvariant(character));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        var result = key.ToString().TrimEnd();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    private static FrozenDictionary<string, string> Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string code)
        {
            foreach (var form in Forms(name))
            {
                codes.TryAdd(Key(form), code);
            }
        }

        foreach (var (name, code) in _ownNames)
        {
            Add(name, code);
        }

        foreach (var names in CountryNames.ByLanguage.Values)
        {
            foreach (var (code, name) in names)
            {
                Add(name, code);
            }
        }

        // A name the source gives to more than one country ("Congo") finds none.
        var alternatives = LoadAlternativeNames()
            .SelectMany(language => language.Value)
            .SelectMany(country => country.Value.Select(name => (Name: name, Code: country.Key)))
            .GroupBy(alternative => Key(alternative.Name))
            .Where(group => group.Select(alternative => alternative.Code).Distinct().Count() == 1);
        foreach (var group in alternatives)
        {
            foreach (var (name, code) in group)
            {
                Add(name, code);
            }
        }

        foreach (var code in CountryCode.All)
        {
            try
            {
                var region = new RegionInfo(code);
                Add(region.EnglishName, code);
                codes.TryAdd(Alpha3Prefix + region.ThreeLetterISORegionName, code);
            }
            catch (ArgumentException)
            {
                // A code .NET does not know (e.g. XK on some systems): the json names still cover it.
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The name and the forms people write for it: "Holy See (Vatican City State)" also as "Holy See", and the
    /// inverted "Moldova, Republic of" also as "Republic of Moldova".
    /// </summary>
    private static IEnumerable<string> Forms(string name)
    {
        yield return name;
        if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var bracket)
        {
            yield return name[..bracket];
        }

        if (name.Split(", ") is [var country, var title] && (title.EndsWith(" of", StringComparison.Ordinal) || title.EndsWith(" of the", StringComparison.Ordinal)))
        {
            yield return $"{title} {country}";
        }
    }

    private static Dictionary<string, Dictionary<string, string[]>> LoadAlternativeNames()
    {
        using var stream = typeof(CountryLookup).Assembly.GetManifestResourceStream("country-alternative-names.json")
            ?? throw new InvalidOperationException("The embedded resource country-alternative-names.json is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string[]>>>(stream)!;
    }
}
