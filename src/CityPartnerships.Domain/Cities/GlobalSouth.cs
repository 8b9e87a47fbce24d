using System.Collections.Frozen;

namespace CityPartnerships.Domain.Cities;

/// <summary>
/// Which countries count as "Global South" for filters and figures. We use the OECD DAC List of ODA Recipients
/// (reporting years 2024–2026), the list German municipal development cooperation (BMZ, SKEW) works with.
/// </summary>
public static class GlobalSouth
{
    private const string OdaRecipients =
        // Africa
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE " +
        "NG RW SD SH SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW " +
        // Americas
        "AR BO BR BZ CO CR CU DM DO EC GD GT GY HN HT JM LC MS MX NI PA PE PY SR SV VC VE " +
        // Asia and the Middle East
        "AF AM AZ BD BT CN GE ID IN IQ IR JO KG KH KP KZ LA LB LK MM MN MV MY NP PH PK PS SY TH TJ TL TM UZ VN YE " +
        // Europe
        "AL BA BY MD ME MK RS TR UA XK " +
        // Oceania
        "FJ FM KI MH NR NU PG SB TK TO TV VU WF WS";

    public static FrozenSet<string> Countries { get; } =
        OdaRecipients.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static bool Includes(string countryCode) => Countries.Contains(countryCode);
}
