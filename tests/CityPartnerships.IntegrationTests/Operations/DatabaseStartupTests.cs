using System.Diagnostics;
using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CityPartnerships.Tests.Operations;

public sealed class DatabaseStartupTests(PortalApp app)
{
    [Fact]
    public async Task The_portal_starts_before_postgresql_and_becomes_ready_once_it_is_up()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable)))
        {
            Assert.Skip("Needs a PostgreSQL server it starts itself.");
        }

        var port = PostgresServer.FreePort();
        var connectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=late_{Guid.NewGuid():N};Timeout=5";
        await using var portal = new PortalFactory(connectionString, new Dictionary<string, string> { ["Database:MigrateOnStartup"] = "true" });
        var client = portal.CreateClient(new() { AllowAutoRedirect = false }); // starts the portal: nothing listens on the port yet

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        await using var server = await PostgresServer.StartAsync(port);
        var waited = Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), "Not ready 90 s after PostgreSQL came up");
            await Task.Delay(500);
        }

        // Migrated and seeded in the background: the sign-in page and the home page (action areas) work.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        var home = await client.GetDocumentAsync("/");
        Assert.NotEmpty(home.QuerySelectorAll("main a, main li"));
    }

    [Fact]
    public async Task A_portal_that_does_not_migrate_is_not_ready_on_an_older_schema_and_says_which_migrations_are_missing()
    {
        // A new release started (production default: no migrations at start) before anyone migrated the database.
        var connectionString = app.Server.ConnectionStringFor($"behind_{Guid.NewGuid():N}");
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options;
        string newest;
        await using (var db = new AppDbContext(options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            newest = migrations[^1];
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        }

        await using var portal = new PortalFactory(connectionString);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        // It tries again in the background, so the line may be there more than once.
        var notReady = portal.Logs.Text().Split('\n').First(line => line.StartsWith("Error Not ready", StringComparison.Ordinal));
        Assert.Contains(newest, notReady, StringComparison.Ordinal);
        Assert.Contains("Database__MigrateOnStartup=true", notReady, StringComparison.Ordinal);

        // Someone applies the release's migrations (another instance, or the operator): the portal becomes ready.
        await using (var db = new AppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var waited = Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "Not ready 60 s after the migrations were applied");
            await Task.Delay(500);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
