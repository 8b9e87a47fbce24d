using System.Globalization;
using CityPartnerships.Web.Localization;

namespace CityPartnerships.UnitTests.Localization;

/// <summary>Moments are stored in UTC and read in German time, summer and winter.</summary>
public class FormatsTests
{
    [Theory]
    [InlineData("en", "2026-12-02T04:43:00Z", "2 Dec 2026, 05:43")]
    [InlineData("de", "2026-12-02T04:43:00Z", "2. Dez. 2026, 05:43 Uhr")]
    [InlineData("en", "2026-07-01T10:05:00Z", "1 Jul 2026, 12:05")]
    // Late in the evening in UTC is already the next day in Germany.
    [InlineData("en", "2026-05-31T22:30:00Z", "1 Jun 2026, 00:30")]
    public void A_stored_moment_is_shown_on_the_clock_of_Berlin(string language, string utc, string expected)
    {
        var moment = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        Assert.Equal(expected, InCulture(language, () => Formats.Time(moment)));
    }

    [Fact]
    public void A_date_of_a_utc_moment_is_the_day_in_germany()
    {
        var moment = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("1 Jan 2027", InCulture("en", () => Formats.Date(moment)));
    }

    [Fact]
    public void A_date_without_a_time_zone_is_shown_as_it_is()
    {
        var day = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal("31 Dec 2026", InCulture("en", () => Formats.Date(day)));
    }

    private static string InCulture(string name, Func<string> read)
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
