using System.Diagnostics;
using System.Net;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Operations;

public sealed class DatabaseStartupTests
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
}
