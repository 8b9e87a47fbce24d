using System.Data.Common;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CityPartnerships.Web.Pages.Status;

/// <summary>
/// The service status for people: whether the portal and its database work right now, when the data last changed and
/// which version runs. The same checks as /health/ready (which probes keep), told in words and without internals.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(HealthCheckService health, AppDbContext db, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public bool DatabaseWorks { get; private set; }

    /// <summary>When the newest entry of the change history was written (UTC); null when nothing changed yet or the database is down.</summary>
    public DateTime? LastChange { get; private set; }

    public DateTime CheckedAt { get; private set; }

    public string Version { get; } = VersionOf(typeof(IndexModel).Assembly);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CheckedAt = clock.GetUtcNow().UtcDateTime;
        var report = await health.CheckHealthAsync(check => check.Tags.Contains("ready"), cancellationToken);
        DatabaseWorks = report.Status == HealthStatus.Healthy;
        if (!DatabaseWorks)
        {
            return;
        }

        try
        {
            // The newest entry by key: the primary key's index answers at once, where the newest by time would read the whole history.
            var newest = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => (DateTime?)a.At).FirstOrDefaultAsync(cancellationToken);
            LastChange = newest is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;
        }
        catch (Exception error) when (error is DbException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning(error, "The status page could not read the newest change");
            DatabaseWorks = false;
        }
    }

    /// <summary>"1.4.0" and the first seven characters of the commit it was built from, if the build recorded one.</summary>
    public static string VersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "?";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 || version.Length <= plus + 8 ? version : version[..(plus + 8)];
    }
}
