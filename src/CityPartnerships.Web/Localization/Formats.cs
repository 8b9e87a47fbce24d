using System.Globalization;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Web.Localization;

public static class Formats
{
    /// <summary>An amount in euros with the user's digit grouping, e.g. "120,000 €" or "120.000 €".</summary>
    public static string Euros(decimal amount) => string.Format(CultureInfo.CurrentCulture, "{0:N0} €", amount);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    public const string DefaultTimeZoneId = "Europe/Berlin";

    private static readonly AsyncLocal<TimeZoneInfo?> _requestTimeZone = new();

    /// <summary>
    /// The portal's time zone: what visitors see and what "today" means for deadlines and reminders. The portal's
    /// users work in Germany; stored moments are UTC (PostgreSQL timestamptz), and "04:43 UTC" asks them to do sums.
    /// </summary>
    public static TimeZoneInfo DefaultTimeZone { get; } = FindTimeZone(DefaultTimeZoneId);

    /// <summary>The time zone moments are shown in for this request: the signed-in user's choice, else <see cref="DefaultTimeZone"/>.</summary>
    public static TimeZoneInfo TimeZone => _requestTimeZone.Value ?? DefaultTimeZone;

    /// <summary>Shows this request's moments in <paramref name="zone"/> (null: the default), as the culture is set per request.</summary>
    public static void UseTimeZone(TimeZoneInfo? zone) => _requestTimeZone.Value = zone;

    /// <summary>A date nobody can misread, whatever their country: "23 May 2026" / "23. Mai 2026"; a UTC moment on its day in <see cref="TimeZone"/>.</summary>
    public static string Date(DateTime value) => Local(value).ToString(DatePattern, CultureInfo.CurrentCulture);

    /// <summary>A moment with its time of day in <see cref="TimeZone"/>: "2 Dec 2026, 05:43" / "2. Dez. 2026, 05:43 Uhr".</summary>
    public static string Time(DateTime value, bool withSeconds = false)
    {
        var local = Local(value);
        var time = local.ToString(withSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
        return CultureInfo.CurrentCulture.TwoLetterISOLanguageName == PortalCultures.German
            ? $"{local.ToString(DatePattern, CultureInfo.CurrentCulture)}, {time} Uhr"
            : $"{local.ToString(DatePattern, CultureInfo.CurrentCulture)}, {time}";
    }

    /// <summary>A UTC moment as the clock in <see cref="TimeZone"/> showed it; other values are taken as they are.</summary>
    public static DateTime Local(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(value, TimeZone) : value;

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

    private static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without time zone data (no tzdata package): Central European rules, written out.
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(1), id, "CET", "CEST", [rule]);
        }
    }
}
