namespace CityPartnerships.Domain.Reminders;

/// <summary>
/// When a city's staff are reminded of a date in their partnerships (an activity's first day, a project idea's
/// application deadline): once a week ahead, to prepare, and once the day before. Reminding on fixed days rather than
/// "every day within a week" keeps the daily mail short: each date is named twice, not seven times.
/// </summary>
public static class DeadlineReminder
{
    public const int DefaultLeadDays = 7;
    public const int MaxLeadDays = 60;

    /// <summary>The dates whose items are reminded of on <paramref name="today"/>: tomorrow and <paramref name="leadDays"/> ahead.</summary>
    public static IReadOnlyList<DateOnly> DatesDueOn(DateOnly today, int leadDays = DefaultLeadDays)
    {
        if (leadDays is < 1 or > MaxLeadDays)
        {
            throw new ArgumentOutOfRangeException(nameof(leadDays), leadDays, $"Between 1 and {MaxLeadDays} days.");
        }

        return leadDays == 1 ? [today.AddDays(1)] : [today.AddDays(1), today.AddDays(leadDays)];
    }

    public static bool IsDue(DateOnly date, DateOnly today, int leadDays = DefaultLeadDays) => DatesDueOn(today, leadDays).Contains(date);
}
