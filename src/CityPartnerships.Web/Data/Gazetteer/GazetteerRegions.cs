using System.Collections.Frozen;
using System.Text.Json;

namespace CityPartnerships.Web.Data.Gazetteer;

/// <summary>
/// Names of the GeoNames first-level divisions ("North Rhine-Westphalia" for DE.07), from gazetteer-regions.json
/// (see gazetteer-regions.NOTICE.md).
/// </summary>
public static class GazetteerRegions
{
    private static readonly Lazy<FrozenDictionary<string, string>> _names = new(Load);

    /// <summary>The region's name, or null when the code is empty or unknown (retired codes, "00" placeholders).</summary>
    public static string? Name(string countryCode, string adminCode) =>
        adminCode.Length == 0 ? null : _names.Value.GetValueOrDefault(countryCode + "." + adminCode);

    private static FrozenDictionary<string, string> Load()
    {
        using var stream = typeof(GazetteerRegions).Assembly.GetManifestResourceStream("gazetteer-regions.json")
            ?? throw new InvalidOperationException("The embedded resource gazetteer-regions.json is missing.");
        var entries = JsonSerializer.Deserialize<List<RegionEntry>>(stream, JsonSerializerOptions.Web) ?? [];
        return entries
            .Where(e => !string.IsNullOrWhiteSpace(e.Code) && !string.IsNullOrWhiteSpace(e.Name))
            .DistinctBy(e => e.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(e => e.Code, e => e.Name.Trim(), StringComparer.Ordinal);
    }

    private sealed record RegionEntry(string Code, string Name);
}
