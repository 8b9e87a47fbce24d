using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Data.Gazetteer;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>A place whose name, or one of whose other names, is the name in the file.</summary>
public sealed record CityCandidate(int Id, string Name, string? Region, string CountryCode, int? Population, double? Latitude, double? Longitude);

/// <summary>How the partner of a row was decided.</summary>
public enum PartnerDecision
{
    /// <summary>Only one place has the name (in the country given).</summary>
    OnlyOne,

    /// <summary>Several have it; the region in the file (its own column, "Springfield, Illinois", or "Scotland") tells which.</summary>
    Region,

    /// <summary>Several have it; the file's coordinates lie in one of them.</summary>
    Coordinates,

    /// <summary>Several have it; one is by far the largest, so it is proposed, and the others are offered.</summary>
    FarLargest,

    /// <summary>Chosen by the user in the preview.</summary>
    User,

    /// <summary>Several have it and nothing tells which: the user chooses.</summary>
    Undecided,
}

/// <summary>What the file says besides the name that can tell namesakes apart.</summary>
public sealed record PartnerHints(IReadOnlyList<string> Regions, double? Latitude, double? Longitude);

/// <summary>
/// Picks the partner among the places of one name, or leaves the choice to the user: a register must never gain a
/// wrong partner that looks right (Springfield, Missouri for Springfield, Illinois).
/// </summary>
public static class PartnerMatch
{
    /// <summary>The file's coordinates this close to a place mean that place.</summary>
    public const double SamePlaceKm = 25;

    /// <summary>A place this many times larger than every namesake is proposed (and the others still offered).</summary>
    public const int FarLargestFactor = 20;

    public static (CityCandidate? Partner, PartnerDecision Decision) Choose(IReadOnlyList<CityCandidate> candidates, PartnerHints hints)
    {
        if (candidates.Count == 0)
        {
            return (null, PartnerDecision.Undecided);
        }

        if (hints is { Latitude: { } lat, Longitude: { } lon })
        {
            var near = candidates
                .Where(c => c.Latitude is not null && c.Longitude is not null)
                .Select(c => (City: c, Km: GeoDistance.Kilometres(lat, lon, c.Latitude!.Value, c.Longitude!.Value)))
                .Where(c => c.Km <= SamePlaceKm)
                .OrderBy(c => c.Km)
                .ToList();
            // Coordinates far from every place of the name mean another place (or a region): the user decides.
            return near.Count == 0
                ? (null, PartnerDecision.Undecided)
                : (near[0].City, candidates.Count == 1 ? PartnerDecision.OnlyOne : PartnerDecision.Coordinates);
        }

        if (candidates.Count == 1)
        {
            return (candidates[0], PartnerDecision.OnlyOne);
        }

        foreach (var region in hints.Regions.Select(SearchText.Fold).Where(r => r.Length > 0))
        {
            var inRegion = candidates.Where(c => c.Region is not null && RegionFits(c, region)).ToList();
            if (inRegion.Count == 1)
            {
                return (inRegion[0], PartnerDecision.Region);
            }
        }

        var bySize = candidates.OrderByDescending(c => c.Population ?? 0).ToList();
        if (bySize[0].Population is > 0 and var largest && largest >= (long)FarLargestFactor * Math.Max(1, bySize[1].Population ?? 0))
        {
            return (bySize[0], PartnerDecision.FarLargest);
        }

        return (null, PartnerDecision.Undecided);
    }

    /// <summary>"Springfield, Illinois" or "Springfield (Illinois)": the name and the region written after it.</summary>
    public static (string Name, string? Region) SplitRegion(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (text[..comma].Trim(), text[(comma + 1)..].Trim());
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')')
            ? (text[..open].Trim(), text[(open + 1)..^1].Trim())
            : (text, null);
    }

    // The region's English or German name, either containing the other ("Illinois", "Bayern", "Lesser Poland Voivodeship").
    private static bool RegionFits(CityCandidate city, string foldedHint)
    {
        var english = SearchText.Fold(city.Region!);
        var german = SearchText.Fold(GazetteerRegions.GermanName(city.CountryCode, city.Region!) ?? string.Empty);
        return english.Contains(foldedHint, StringComparison.Ordinal) || foldedHint.Contains(english, StringComparison.Ordinal)
            || (german.Length > 0 && (german.Contains(foldedHint, StringComparison.Ordinal) || foldedHint.Contains(german, StringComparison.Ordinal)));
    }
}
