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
        // The base builder knows which keywords the string sets; NpgsqlConnectionStringBuilder.ContainsKey answers
        // whether Npgsql knows the keyword at all (always true here), which left both settings off until issue 14's profile.
        var configured = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        // Every page sends the same few statements: prepared once per physical connection, PostgreSQL stops parsing
        // and planning them on every request.
        if (!configured.ContainsKey("Max Auto Prepare") && !configured.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = MaxAutoPrepare;
            tuned.AutoPrepareMinUsages = 2;
        }

        // EF Core returns the connection to the pool after each statement; resetting it there (DISCARD ALL) is one
        // more round trip per statement and throws the prepared statements away. The portal keeps no session state
        // on a connection (no SET, only transaction-scoped advisory locks), so nothing leaks from one use to the next.
        if (!configured.ContainsKey("No Reset On Close") && !configured.ContainsKey("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }
}
