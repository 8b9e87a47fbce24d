namespace CityPartnerships.Web.Features.Jobs;

/// <summary>
/// One run of a scheduled job for one period (e.g. the reminders of 2026-12-02). The primary key (job, period) lets
/// exactly one instance claim a run, however many instances check at the same moment (<see cref="JobRuns"/>).
/// </summary>
public sealed class JobRun
{
    public const int JobMaxLength = 100;
    public const int PeriodMaxLength = 40;
    public const int InstanceMaxLength = 200;

    public string Job { get; set; } = string.Empty;

    public string Period { get; set; } = string.Empty;

    /// <summary>The machine and process that ran it, for the operator reading the table.</summary>
    public string Instance { get; set; } = string.Empty;

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>What the run did, in a few words ("12 mails to 9 users").</summary>
    public string? Outcome { get; set; }
}
