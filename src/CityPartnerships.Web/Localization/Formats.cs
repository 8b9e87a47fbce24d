using System.Globalization;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Web.Localization;

public static class Formats
{
    /// <summary>An amount in euros with the user's digit grouping, e.g. "120,000 €" or "120.000 €".</summary>
    public static string Euros(decimal amount) => string.Format(CultureInfo.CurrentCulture, "{0:N0} €", amount);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A date nobody can misread, whatever their country: "23 May 2026" / "23. Mai 2026".</summary>
    public static string Date(DateTime value) => value.ToString(DatePattern, CultureInfo.CurrentCulture);

    public static string Date(DateOnly value) => value.ToString(DatePattern, CultureInfo.CurrentCulture);

    /// <summary>A date as precisely as it is known: "1988", "May 1988" / "Mai 1988", or a day as <see cref="Date(DateOnly)"/>.</summary>
    public static string Date(PartialDate value) => value.Precision switch
    {
        DatePrecision.Year => value.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => value.First.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
        _ => Date(value.First),
    };

    private static string DatePattern =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == PortalCultures.German ? "d. MMM yyyy" : "d MMM yyyy";
}
