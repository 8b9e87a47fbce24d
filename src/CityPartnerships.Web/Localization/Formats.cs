using System.Globalization;

namespace CityPartnerships.Web.Localization;

public static class Formats
{
    /// <summary>An amount in euros with the user's digit grouping, e.g. "120,000 €" or "120.000 €".</summary>
    public static string Euros(decimal amount) => string.Format(CultureInfo.CurrentCulture, "{0:N0} €", amount);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);
}
