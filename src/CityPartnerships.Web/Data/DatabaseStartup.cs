using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CityPartnerships.Web.Data;

/// <summary>
/// The portal starts even when PostgreSQL is not reachable yet (a host booting both at once): the first attempt at
/// migrations and seed data runs before the first request; if the server cannot be reached, the portal serves
/// anyway (liveness healthy, readiness unhealthy) and tries again in the background, waiting 1, 2, 4 … up to 30
/// seconds between attempts, until the database is ready. The same holds for a database whose schema is older than
/// this release while the portal does not migrate (<see cref="PendingMigrationsException"/>): it becomes ready once
/// the migrations have been applied, for example by the first instance of a rolling deploy.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, ILogger<DatabaseStartup> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan _longestWait = TimeSpan.FromSeconds(30);
    private volatile bool _ready;
    private volatile string _notReadyReason = "Migrations and seed data not applied yet";

    /// <summary>Migrations and seed data are applied: jobs may start reading and writing.</summary>
    public bool IsReady => _ready;

    /// <summary>The first attempt; false when the server was unreachable. Any other failure stops the start as before.</summary>
    public async Task<bool> TryFirstAsync()
    {
        try
        {
            await services.InitializeDatabaseAsync();
            _ready = true;
            return true;
        }
        catch (Exception error) when (IsUnreachable(error))
        {
            logger.LogWarning("Database not reachable yet ({Reason}); the portal starts and keeps trying", error.Message);
            return false;
        }
        catch (PendingMigrationsException error)
        {
            NotReadyBecause(error);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(1);
        for (var attempt = 2; !_ready; attempt++)
        {
            await Task.Delay(wait, stoppingToken);
            try
            {
                await services.InitializeDatabaseAsync();
                _ready = true;
                logger.LogInformation("Database ready after {Attempts} attempts", attempt);
            }
            catch (PendingMigrationsException error)
            {
                NotReadyBecause(error);
                wait = wait * 2 < _longestWait ? wait * 2 : _longestWait;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.Log(IsUnreachable(error) ? LogLevel.Warning : LogLevel.Error, error,
                    "Database not ready (attempt {Attempt}); trying again in {Seconds} s", attempt, wait.TotalSeconds);
                wait = wait * 2 < _longestWait ? wait * 2 : _longestWait;
            }
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(_notReadyReason));

    // An error without a stack trace: the message says all an operator needs, and it repeats until they act.
    private void NotReadyBecause(PendingMigrationsException error)
    {
        _notReadyReason = $"The database lacks {error.Migrations.Count} migration(s) of this release";
        logger.LogError("Not ready: {Reason}", error.Message);
    }

    private static bool IsUnreachable(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
