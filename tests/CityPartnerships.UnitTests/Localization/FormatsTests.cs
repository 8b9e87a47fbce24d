using System.Globalization;
using CityPartnerships.Web.Localization;

namespace CityPartnerships.UnitTests.Localization;

/// <summary>Moments are stored in UTC and read in German time, summer and winter, or on the clock the user chose.</summary>
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

        Assert.Equal(expected, InCulture.Read(language, () => Formats.Time(moment)));
    }

    [Fact]
    public void A_date_of_a_utc_moment_is_the_day_in_germany()
    {
        var moment = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("1 Jan 2027", InCulture.Read("en", () => Formats.Date(moment)));
    }

    [Fact]
    public void A_date_without_a_time_zone_is_shown_as_it_is()
    {
        var day = new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal("31 Dec 2026", InCulture.Read("en", () => Formats.Date(day)));
    }

    [Fact]
    public void A_user_who_chose_new_york_reads_the_moment_on_that_clock_and_the_next_request_is_german_again()
    {
        var moment = new DateTime(2026, 12, 2, 4, 43, 0, DateTimeKind.Utc);
        Assert.True(TimeZones.TryFind("America/New_York", out var newYork));

        Formats.UseTimeZone(newYork);
        var chosen = InCulture.Read("en", () => Formats.Time(moment));
        Formats.UseTimeZone(null);

        Assert.Equal("1 Dec 2026, 23:43", chosen);
        Assert.Equal("2 Dec 2026, 05:43", InCulture.Read("en", () => Formats.Time(moment)));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-01-15T12:00:00Z", "(UTC+01:00) Europe/Berlin")]
    [InlineData("Europe/Berlin", "2026-07-15T12:00:00Z", "(UTC+02:00) Europe/Berlin")]
    [InlineData("America/New_York", "2026-01-15T12:00:00Z", "(UTC-05:00) America/New York")]
    [InlineData("Asia/Kolkata", "2026-01-15T12:00:00Z", "(UTC+05:30) Asia/Kolkata")]
    public void A_zone_is_offered_with_the_offset_it_has_today(string id, string utc, string expected)
    {
        var now = DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.True(TimeZones.TryFind(id, out var zone));

        Assert.Equal(expected, TimeZones.Label(zone, now));
    }

    [Theory]
    [InlineData("US/Eastern")]
    [InlineData("Etc/GMT+5")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData(null)]
    public void Aliases_and_unknown_ids_are_not_offered(string? id)
    {
        Assert.False(TimeZones.TryFind(id, out _));
        Assert.DoesNotContain(TimeZones.Choices, zone => zone.Id == id);
    }

    [Fact]
    public void The_list_runs_west_to_east_and_holds_the_default()
    {
        var offsets = TimeZones.Choices.Select(zone => zone.BaseUtcOffset).ToList();

        Assert.Equal(offsets.Order(), offsets);
        Assert.Contains(TimeZones.Choices, zone => zone.Id == "Europe/Berlin");
        Assert.InRange(TimeZones.Choices.Count, 100, 1000);
    }
}
