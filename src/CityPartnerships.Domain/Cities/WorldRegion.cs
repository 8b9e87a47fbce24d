using System.Collections.Frozen;

namespace CityPartnerships.Domain.Cities;

/// <summary>The five continental regions of the UN M49 standard, the grouping the UN and CLDR use.</summary>
public enum WorldRegion
{
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

/// <summary>
/// Which world region a country is in: UN M49 as resolved to ISO codes by the Unicode CLDR (npm cldr-core 48.2.0,
/// supplemental/territoryContainment.json; regenerate with scripts/dev/make-world-regions.py). Every code that
/// <see cref="CountryCode"/> knows is in exactly one region; CLDR counts Antarctica with Oceania and Cyprus and Turkey
/// with Asia, as M49 does.
/// </summary>
public static class WorldRegions
{
    private static readonly Dictionary<WorldRegion, string> _codes = new()
    {
        // Africa (M49 002)
        [WorldRegion.Africa] = "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW",
        // Americas (M49 019)
        [WorldRegion.Americas] = "AG AI AR AW BB BL BM BO BQ BR BS BV BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI",
        // Asia (M49 142)
        [WorldRegion.Asia] = "AE AF AM AZ BD BH BN BT CN CY GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TR TW UZ VN YE",
        // Europe (M49 150)
        [WorldRegion.Europe] = "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
        // Oceania (M49 009)
        [WorldRegion.Oceania] = "AQ AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    };

    private static readonly FrozenDictionary<WorldRegion, string[]> _countries =
        _codes.ToFrozenDictionary(r => r.Key, r => r.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static readonly FrozenDictionary<string, WorldRegion> _regionOfCountry =
        _countries.SelectMany(r => r.Value.Select(code => (Code: code, Region: r.Key)))
            .ToFrozenDictionary(c => c.Code, c => c.Region, StringComparer.Ordinal);

    /// <summary>The regions in a fixed order (alphabetical in English), for lists and filters.</summary>
    public static IReadOnlyList<WorldRegion> All { get; } = Enum.GetValues<WorldRegion>();

    /// <summary>The upper-case ISO codes of the region's countries.</summary>
    public static IReadOnlyList<string> CountriesIn(WorldRegion region) => _countries[region];

    /// <summary>The country's region, or null for a code that is not a known country.</summary>
    public static WorldRegion? Of(string? countryCode) =>
        CountryCode.Normalize(countryCode) is { } code && _regionOfCountry.TryGetValue(code, out var region) ? region : null;
}
