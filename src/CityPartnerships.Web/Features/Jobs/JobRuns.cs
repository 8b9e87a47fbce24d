using System.Globalization;

namespace CityPartnerships.Web.Features.Jobs;

/// <summary>
/// Runs a scheduled job once per period across every instance of the portal. The run is claimed by inserting its
/// (job, period) row in a transaction that stays open while the job works: another instance's insert of the same row
/// waits for that transaction and then finds the row (ON CONFLICT DO NOTHING), so it skips; if the claiming instance
/// dies mid-run, its transaction rolls back, the row disappears and the next instance to check runs the job again
/// (a reminder may then reach someone twice, never not at all).
/// </summary>
public sealed class JobRuns(AppDbContext db, TimeProvider clock)
{
    private static readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Runs <paramref name="work"/> unless the period's run is done or under way elsewhere; false when skipped.</summary>
    public async Task<bool> RunOnceAsync(string job, string period, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JobRuns" ("Job", "Period", "Instance", "StartedAt")
            VALUES ({job}, {period}, {_instance}, {startedAt})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var outcome = await work(cancellationToken);
        var finishedAt = clock.GetUtcNow().UtcDateTime;
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "JobRuns" SET "FinishedAt" = {finishedAt}, "Outcome" = {outcome}
            WHERE "Job" = {job} AND "Period" = {period}
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A day as a period key: "2026-12-02".</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
