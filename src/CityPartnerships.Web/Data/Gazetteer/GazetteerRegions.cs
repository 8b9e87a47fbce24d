using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Data.Gazetteer;

/// <summary>
/// Names of the GeoNames first-level divisions ("North Rhine-Westphalia", German "Nordrhein-Westfalen", for DE.07),
/// from gazetteer-regions.json (see gazetteer-regions.NOTICE.md). Cities store the English name; the German one is
/// shown in the German UI and found by the region filter.
/// </summary>
public static class GazetteerRegions
{
    private static readonly Lazy<Regions> _regions = new(Load);

    /// <summary>The region's English name, or null when the code is empty or unknown ("00" placeholders).</summary>
    public static string? Name(string countryCode, string adminCode) =>
        adminCode.Length == 0 ? null : _regions.Value.ByCode.GetValueOrDefault(countryCode + "." + adminCode)?.Name;

    /// <summary>A region as stored (English) in the current UI language: "Bayern" for Bavaria in German.</summary>
    public static string Display(string countryCode, string region) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" && GermanName(countryCode, region) is { } german ? german : region;

    /// <summary>The German name of a region stored by its English name, when GeoNames has one that differs.</summary>
    public static string? GermanName(string countryCode, string region) =>
        _regions.Value.ByEnglishName.GetValueOrDefault((countryCode, region))?.German;

    /// <summary>The English names of regions whose German name fits the text ("bayern" → Bavaria; <see cref="SearchText.NameFits"/>).</summary>
    public static IReadOnlyList<string> EnglishNamesOfGermanNamesContaining(string text)
    {
        var fits = SearchText.NameFits(text);
        return _regions.Value.ByCode.Values
            .Where(r => r.German is not null && fits(r.German))
            .Select(r => r.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static Regions Load()
    {
        using var stream = typeof(GazetteerRegions).Assembly.GetManifestResourceStream("gazetteer-regions.json")
            ?? throw new InvalidOperationException("The embedded resource gazetteer-regions.json is missing.");
        var entries = (JsonSerializer.Deserialize<List<RegionEntry>>(stream, JsonSerializerOptions.Web) ?? [])
            .Where(e => !string.IsNullOrWhiteSpace(e.Code) && !string.IsNullOrWhiteSpace(e.Name))
            .Select(e => e with { Name = e.Name.Trim(), De = string.IsNullOrWhiteSpace(e.De) ? null : e.De.Trim() })
            .DistinctBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        return new Regions(
            entries.ToFrozenDictionary(e => e.Code, e => new Region(e.Name, e.De), StringComparer.Ordinal),
            entries.DistinctBy(e => (e.Code[..2], e.Name)).ToFrozenDictionary(e => (e.Code[..2], e.Name), e => new Region(e.Name, e.De)));
    }

    private sealed record RegionEntry(string Code, string Name, string? De);

    private sealed record Region(string Name, string? German);

    private sealed record Regions(FrozenDictionary<string, Region> ByCode, FrozenDictionary<(string Country, string Name), Region> ByEnglishName);
}
