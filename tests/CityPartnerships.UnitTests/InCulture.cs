using System.Globalization;

namespace CityPartnerships.UnitTests;

/// <summary>Reads something as a user of one language would: the culture and UI culture are set, then restored.</summary>
internal static class InCulture
{
    public static T Read<T>(string name, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
