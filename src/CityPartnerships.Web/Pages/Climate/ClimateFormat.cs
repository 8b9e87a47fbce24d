using System.Globalization;
using CityPartnerships.Domain.Climate;

namespace CityPartnerships.Web.Pages.Climate;

/// <summary>
/// Climate values as the pages show them: °C with one decimal, mm without, in the user's number format. The unit is
/// joined to its number by a no-break space, so that a narrow table cell on a phone never puts "°C" on a line of its own.
/// </summary>
public static class ClimateFormat
{
    public static string Value(ClimateIndicator indicator, double value) => ClimateIndicators.IsTemperature(indicator)
        ? value.ToString("0.0", CultureInfo.CurrentCulture) + "\u00a0°C"
        : value.ToString("N0", CultureInfo.CurrentCulture) + "\u00a0mm";

    public static string Change(ClimateIndicator indicator, double from, double to) => ClimateIndicators.IsTemperature(indicator)
        ? (to - from).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture) + "\u00a0°C"
        : (from > 0 ? ((to / from) - 1) * 100 : 0).ToString("+0;−0;0", CultureInfo.CurrentCulture) + "\u00a0%";

    public static string Distance(double distance) => distance.ToString("0.00", CultureInfo.CurrentCulture);
}
