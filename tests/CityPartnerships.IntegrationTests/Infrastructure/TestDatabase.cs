using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Infrastructure;

public static class TestDatabase
{
    /// <summary>Creates a fresh database on the server and builds its schema from the migrations.</summary>
    public static async Task<string> CreateAsync(PostgresServer server, string prefix)
    {
        var connectionString = server.ConnectionStringFor($"{prefix}_{Guid.NewGuid():N}");
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.MigrateAsync();
        return connectionString;
    }
}
