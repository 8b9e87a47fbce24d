using CityPartnerships.Web.Localization;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Maps the English country names of the twinnings CSV ("Germany", "England, United Kingdom", "Georgia (country)")
/// to ISO 3166-1 alpha-2 codes: the portal's own <see cref="CountryLookup"/> (the names of country-names.json and
/// .NET's English names), plus the spellings the Wikipedia lists use that it does not know. Names that stay unknown
/// are reported, not guessed.
/// </summary>
public static class CountryNameMap
{
    // Wikipedia's spellings (including typos in the source) that the portal's lookup does not cover.
    private static readonly Dictionary<string, string> _wikipediaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["Republic of Ireland"] = "IE",
        ["Czechia"] = "CZ",
        ["Syria"] = "SY",
        ["Moldova"] = "MD",
        ["Moldavia"] = "MD",
        ["North Macedonia"] = "MK",
        ["Macedonia"] = "MK",
        ["Bosnia and Hercegovina"] = "BA",
        ["Georgia (country)"] = "GE",
        ["Palestine"] = "PS",
        ["West Bank"] = "PS",
        ["Ivory Coast"] = "CI",
        ["Cabo Verde"] = "CV",
        ["Congo"] = "CG",
        ["Swaziland"] = "SZ",
        ["East Timor"] = "TL",
        ["Burma"] = "MM",
        ["Brunei"] = "BN",
        ["Micronesia"] = "FM",
        ["Federated States of Micronesia"] = "FM",
        ["Surinam"] = "SR",
        ["Grece"] = "GR",
        ["Kazakhstah"] = "KZ",
        ["Vatican City"] = "VA",
        ["Falkland Islands"] = "FK",
        ["Macau"] = "MO",
    };

    /// <summary>
    /// The ISO code for a country name, or null. "Region, Country" falls back to the country; "Northern Cyprus" and
    /// other names that do not name one ISO country stay unknown. (The German "Island" is Iceland, as in the file.)
    /// </summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (Find(trimmed) is { } code)
        {
            return code;
        }

        var comma = trimmed.LastIndexOf(',');
        return comma >= 0 ? Find(trimmed[(comma + 1)..].Trim()) : null;
    }

    private static string? Find(string name) => _wikipediaNames.GetValueOrDefault(name) ?? CountryLookup.Find(name);
}
