using System.Globalization;
using CityPartnerships.Domain.Climate;

namespace CityPartnerships.Web.Pages.Climate;

/// <summary>Climate values as the pages show them: °C with one decimal, mm without, in the user's number format.</summary>
public static class ClimateFormat
{
    public static string Value(ClimateIndicator indicator, double value) => ClimateIndicators.IsTemperature(indicator)
        ? value.ToString("0.0", CultureInfo.CurrentCulture) + " °C"
        : value.ToString("N0", CultureInfo.CurrentCulture) + " mm";

    public static string Change(ClimateIndicator indicator, double from, double to) => ClimateIndicators.IsTemperature(indicator)
        ? (to - from).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture) + " °C"
        : (from > 0 ? ((to / from) - 1) * 100 : 0).ToString("+0;−0;0", CultureInfo.CurrentCulture) + " %";

    public static string Distance(double distance) => distance.ToString("0.00", CultureInfo.CurrentCulture);
}
