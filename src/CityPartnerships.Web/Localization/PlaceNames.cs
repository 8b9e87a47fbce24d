using CityPartnerships.Web.Data.Gazetteer;

namespace CityPartnerships.Web.Localization;

public static class PlaceNames
{
    /// <summary>Where a city lies, in the UI language: "Bayern, Deutschland" / "Bavaria, Germany", or the country alone.</summary>
    public static string Where(string? region, string countryCode) =>
        region is null
            ? CountryNames.Display(countryCode)
            : $"{GazetteerRegions.Display(countryCode, region)}, {CountryNames.Display(countryCode)}";
}
