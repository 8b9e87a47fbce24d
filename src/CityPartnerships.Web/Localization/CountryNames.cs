using System.Globalization;

namespace CityPartnerships.Web.Localization;

public static class CountryNames
{
    /// <summary>The country's name in the user's language, falling back to the code itself.</summary>
    public static string Display(string countryCode)
    {
        try
        {
            var name = new RegionInfo(countryCode).DisplayName;
            return string.IsNullOrWhiteSpace(name) ? countryCode : name;
        }
        catch (ArgumentException)
        {
            return countryCode;
        }
    }
}
