using Npgsql;

namespace CityPartnerships.Web.Data;

/// <summary>
/// Connection settings the portal needs for speed, added to the configured connection string unless it sets them
/// itself (docs/benchmarks.md, issue 14; pool sizes for several instances: docs/operations.md).
/// </summary>
public static class DatabaseConnection
{
    /// <summary>Statements prepared per physical connection; the register, details and dashboards use fewer than this.</summary>
    public const int MaxAutoPrepare = 100;

    public static string Tuned(string connectionString)
    {
        var configured = new NpgsqlConnectionStringBuilder(connectionString);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        // Every page sends the same few statements: prepared once per physical connection, PostgreSQL stops parsing
        // and planning them on every request.
        if (!configured.ContainsKey("Max Auto Prepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
            tuned.AutoPrepareMinUsages = 2;
        }

        // EF Core returns the connection to the pool after each statement; resetting it there (DISCARD ALL) is one
        // more round trip per statement and throws the prepared statements away. The portal keeps no session state
        // on a connection (no SET, only transaction-scoped advisory locks), so nothing leaks from one use to the next.
        if (!configured.ContainsKey("No Reset On Close"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }
}
