using Npgsql;

namespace CityPartnerships.Web.Data;

/// <summary>
/// One instance at a time migrates and seeds: several instances starting together (a rolling deploy, a host with two
/// portals) would otherwise each insert the reference data, the first admin and the demo data. EF Core's own migration
/// lock (Npgsql locks the history table) covers the migrations only, not the seeding. This PostgreSQL advisory lock is
/// held on a connection of its own, outside the pool, so it ends with that connection even if the instance dies;
/// the next instance then finds everything done and seeds nothing.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any fixed number: the same for every instance of the portal on the same database.
    private const long LockKey = 0x43_50_53_74_61_72_74; // "CPStart"

    private readonly NpgsqlConnection _connection;

    private StartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        var own = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        var connection = new NpgsqlConnection(own.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection))
            {
                if ((bool)(await tryLock.ExecuteScalarAsync(cancellationToken))!)
                {
                    return new StartupLock(connection);
                }
            }

            logger.LogInformation("Another instance is migrating or seeding the database; waiting for it");
            await using var waitForLock = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection);
            await waitForLock.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the unpooled connection ends the session and with it the lock.
        await _connection.DisposeAsync();
    }
}
