using CityPartnerships.Domain.Reminders;
using CityPartnerships.Web.Features.Jobs;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Features.Reminders;

/// <summary>Settings of the daily reminder mail (section "Reminders"; e.g. Reminders__SendFrom=06:30).</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks whether today's reminders are due and not yet sent.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The time of day (German time) from which the day's reminders go out.</summary>
    public TimeOnly SendFrom { get; set; } = new(7, 0);

    /// <summary>How many days ahead the first reminder of a date comes (the second comes the day before).</summary>
    public int LeadDays { get; set; } = DeadlineReminder.DefaultLeadDays;
}

/// <summary>
/// Every instance runs this loop; the database decides which one sends a day's reminders (<see cref="JobRuns"/>), so
/// two or twenty instances send them once. A day whose run is done is remembered here so that an instance stops
/// asking; a run that failed or whose instance died is tried again at the next check.
/// </summary>
public sealed class ReminderJob(IServiceProvider services, DatabaseStartup database, IOptions<ReminderOptions> options,
    TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    public const string JobName = "deadline-reminders";

    private DateOnly? _doneDay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Deadline reminders are turned off (Reminders__Enabled=false)");
            return;
        }

        using var timer = new PeriodicTimer(settings.CheckEvery, clock);
        do
        {
            try
            {
                await CheckAsync(settings, stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(error, "Deadline reminders failed; trying again in {Interval}", settings.CheckEvery);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CheckAsync(ReminderOptions settings, CancellationToken cancellationToken)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Formats.DefaultTimeZone);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (_doneDay == today || TimeOnly.FromDateTime(now.DateTime) < settings.SendFrom || !database.IsReady)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var runs = scope.ServiceProvider.GetRequiredService<JobRuns>();
        var reminders = scope.ServiceProvider.GetRequiredService<DeadlineReminders>();
        string? outcome = null;
        var ran = await runs.RunOnceAsync(JobName, JobRuns.Day(today), async token =>
            outcome = await reminders.SendAsync(today, settings.LeadDays, token), cancellationToken);
        if (ran)
        {
            logger.LogInformation("Deadline reminders for {Day} sent by this instance: {Outcome}", JobRuns.Day(today), outcome);
        }
        else
        {
            logger.LogInformation("Deadline reminders for {Day} were already sent by another instance", JobRuns.Day(today));
        }

        _doneDay = today;
    }
}
