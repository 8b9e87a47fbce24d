using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Web.Localization;

/// <summary>
/// Finds a country by what people type into a spreadsheet: an ISO code ("FR") or its name in English or German,
/// in any case and with or without accents ("Osterreich", "cote d'ivoire"). Names come from
/// <see cref="CountryNames"/> (country-names.json) plus .NET's English names ("Czechia", "United States") and a few
/// everyday short forms.
/// </summary>
public static class CountryLookup
{
    // Short forms people use that neither source spells that way.
    private static readonly Dictionary<string, string> _everydayNames = new(StringComparer.Ordinal)
    {
        ["USA"] = "US",
        ["U.S.A."] = "US",
        ["United States"] = "US",
        ["Vereinigte Staaten"] = "US",
        ["UK"] = "GB",
        ["U.K."] = "GB",
        ["Great Britain"] = "GB",
        ["Großbritannien"] = "GB",
        ["Britain"] = "GB",
        ["Tschechien"] = "CZ",
        ["Russland"] = "RU",
        ["Russia"] = "RU",
        ["Turkey"] = "TR",
        ["Holland"] = "NL",
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

        return _codesByName.Value.GetValueOrDefault(Key(trimmed));
    }

    /// <summary>Lower case, without accents or punctuation, single spaces: "Côte d'Ivoire" → "cote d ivoire".</summary>
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

        return key.ToString().TrimEnd();
    }

    private static FrozenDictionary<string, string> Load()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string code) => codes.TryAdd(Key(name), code);

        foreach (var (name, code) in _everydayNames)
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

        foreach (var code in CountryCode.All)
        {
            try
            {
                Add(new RegionInfo(code).EnglishName, code);
            }
            catch (ArgumentException)
            {
                // A code .NET does not know (e.g. XK on some systems): the json names still cover it.
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
