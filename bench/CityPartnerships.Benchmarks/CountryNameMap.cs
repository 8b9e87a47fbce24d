using CityPartnerships.Web.Localization;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Maps the English country names of the twinnings CSV ("Germany", "England, United Kingdom", "Georgia (country)")
/// to ISO 3166-1 alpha-2 codes: the portal's own <see cref="CountryLookup"/>, which knows Wikipedia's spellings, plus
/// the few guesses only the benchmark may make. Names that stay unknown ("Northern Cyprus") are reported, not guessed.
/// </summary>
public static class CountryNameMap
{
    // The portal refuses these (see TwinningsCountryNamesTests); the benchmark only needs plausible data.
    private static readonly Dictionary<string, string> _benchmarkGuesses = new(StringComparer.OrdinalIgnoreCase)
    {
        // Typos in the source.
        ["Grece"] = "GR",
        ["Kazakhstah"] = "KZ",
        // Ambiguous (CG or CD); the lists that use it mean the Republic of the Congo.
        ["Congo"] = "CG",
    };

    /// <summary>The ISO code for a country name, or null. "Region, Country" falls back to the country.</summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return _benchmarkGuesses.GetValueOrDefault(trimmed) ?? CountryLookup.Find(trimmed);
    }
}
