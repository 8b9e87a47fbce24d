using CityPartnerships.Domain.Reminders;

namespace CityPartnerships.UnitTests.Reminders;

public class DeadlineReminderTests
{
    private static readonly DateOnly _today = new(2026, 12, 2);

    [Theory]
    [InlineData(1, true)]
    [InlineData(7, true)]
    [InlineData(0, false)]
    [InlineData(2, false)]
    [InlineData(6, false)]
    [InlineData(8, false)]
    [InlineData(-1, false)]
    public void A_date_is_reminded_of_a_week_ahead_and_the_day_before_only(int daysAhead, bool due) =>
        Assert.Equal(due, DeadlineReminder.IsDue(_today.AddDays(daysAhead), _today));

    [Fact]
    public void Each_date_is_named_in_two_daily_mails()
    {
        var date = new DateOnly(2027, 1, 15);
        var days = Enumerable.Range(-30, 60).Select(date.AddDays).Where(day => DeadlineReminder.IsDue(date, day)).ToList();
        Assert.Equal([date.AddDays(-7), date.AddDays(-1)], days);
    }

    [Fact]
    public void The_lead_time_is_configurable_and_a_lead_of_one_day_reminds_once()
    {
        Assert.Equal([_today.AddDays(1), _today.AddDays(14)], DeadlineReminder.DatesDueOn(_today, 14));
        Assert.Equal([_today.AddDays(1)], DeadlineReminder.DatesDueOn(_today, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineReminder.DatesDueOn(_today, 0));
    }

    [Fact]
    public void Reminders_cross_month_and_year_ends()
    {
        var newYearsEve = new DateOnly(2026, 12, 31);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 7)], DeadlineReminder.DatesDueOn(newYearsEve));
    }
}
