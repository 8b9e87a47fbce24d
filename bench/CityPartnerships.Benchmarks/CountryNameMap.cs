using System.Globalization;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// Maps the English country names of the twinnings CSV ("Germany", "England, United Kingdom", "Georgia (country)")
/// to ISO 3166-1 alpha-2 codes: the English names .NET knows for every region, plus the spellings the Wikipedia
/// lists use that .NET does not know. Names that stay unknown are reported, not guessed.
/// </summary>
public static class CountryNameMap
{
    // Wikipedia's spellings (including typos in the source) that RegionInfo's English names do not cover.
    private static readonly Dictionary<string, string> _manual = new(StringComparer.OrdinalIgnoreCase)
    {
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["United States"] = "US",
        ["United States of America"] = "US",
        ["USA"] = "US",
        ["US"] = "US",
        ["Republic of Ireland"] = "IE",
        ["Ireland"] = "IE",
        ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ",
        ["Turkey"] = "TR",
        ["Türkiye"] = "TR",
        ["Russia"] = "RU",
        ["South Korea"] = "KR",
        ["North Korea"] = "KP",
        ["Taiwan"] = "TW",
        ["Vietnam"] = "VN",
        ["Laos"] = "LA",
        ["Syria"] = "SY",
        ["Iran"] = "IR",
        ["Moldova"] = "MD",
        ["Moldavia"] = "MD",
        ["North Macedonia"] = "MK",
        ["Macedonia"] = "MK",
        ["Bosnia and Herzegovina"] = "BA",
        ["Bosnia and Hercegovina"] = "BA",
        ["Georgia"] = "GE",
        ["Georgia (country)"] = "GE",
        ["Palestine"] = "PS",
        ["West Bank"] = "PS",
        ["Kosovo"] = "XK",
        ["Western Sahara"] = "EH",
        ["Ivory Coast"] = "CI",
        ["Côte d'Ivoire"] = "CI",
        ["Cape Verde"] = "CV",
        ["Cabo Verde"] = "CV",
        ["Congo"] = "CG",
        ["Republic of the Congo"] = "CG",
        ["Democratic Republic of the Congo"] = "CD",
        ["Eswatini"] = "SZ",
        ["Swaziland"] = "SZ",
        ["East Timor"] = "TL",
        ["Timor-Leste"] = "TL",
        ["Myanmar"] = "MM",
        ["Burma"] = "MM",
        ["Brunei"] = "BN",
        ["Micronesia"] = "FM",
        ["Federated States of Micronesia"] = "FM",
        ["São Tomé and Príncipe"] = "ST",
        ["Sao Tome and Principe"] = "ST",
        ["Bahamas"] = "BS",
        ["Gambia"] = "GM",
        ["Surinam"] = "SR",
        ["Madagaskar"] = "MG",
        ["Grece"] = "GR",
        ["Kazakhstah"] = "KZ",
        ["Faroe Islands"] = "FO",
        ["Åland Islands"] = "AX",
        ["Saint Kitts and Nevis"] = "KN",
        ["Saint Lucia"] = "LC",
        ["Saint Vincent and the Grenadines"] = "VC",
        ["Vatican City"] = "VA",
        ["Trinidad and Tobago"] = "TT",
        ["Antigua and Barbuda"] = "AG",
        ["Falkland Islands"] = "FK",
        ["Hong Kong"] = "HK",
        ["Macau"] = "MO",
    };

    private static readonly Dictionary<string, string> _byName = Build();

    /// <summary>
    /// The ISO code for a country name, or null. "Region, Country" falls back to the country; "Northern Cyprus",
    /// "Island" and other names that do not name one ISO country stay unknown.
    /// </summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (_byName.TryGetValue(trimmed, out var code))
        {
            return code;
        }

        var comma = trimmed.LastIndexOf(',');
        return comma >= 0 && _byName.TryGetValue(trimmed[(comma + 1)..].Trim(), out var country) ? country : null;
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (region.TwoLetterISORegionName.Length == 2 && CountryCode.IsKnown(region.TwoLetterISORegionName))
            {
                map.TryAdd(region.EnglishName, region.TwoLetterISORegionName.ToUpperInvariant());
            }
        }

        foreach (var (name, code) in _manual)
        {
            map[name] = code;
        }

        return map;
    }
}
