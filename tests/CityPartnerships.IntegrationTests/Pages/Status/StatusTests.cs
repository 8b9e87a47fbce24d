using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Status;

/// <summary>The service status page tells people in words whether the portal works; the probes keep their endpoints.</summary>
public sealed class StatusTests(PortalApp app)
{
    [Theory]
    [InlineData("en", "Service status", "Everything works.", "Working")]
    [InlineData("de", "Dienststatus", "Alles funktioniert.", "Funktioniert")]
    public async Task Anyone_sees_that_the_portal_and_its_database_work(string language, string title, string summary, string working)
    {
        var response = await app.CreateClient(language).GetAsync("/Status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(summary, page.QuerySelector("[data-testid=status-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(working, page.QuerySelector("[data-testid=status-database]")?.TextContent.Trim());
        Assert.Matches(@"^\d+\.\d+", page.QuerySelector("[data-testid=status-version]")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_last_change_is_the_newest_entry_of_the_history_in_german_time()
    {
        var city = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync()).Id);
        var newest = await app.WithDbAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync());
        var german = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(newest.At, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        var page = await app.CreateClient("de").GetDocumentAsync("/Status");

        // Another test may have changed something since: the time shown is the entry's, or a few minutes later; never UTC's hour.
        var shown = System.Text.RegularExpressions.Regex.Match(page.QuerySelector("[data-testid=status-last-change]")?.TextContent.Trim() ?? "",
            @"^\d{1,2}\. \S+ \d{4}, (\d{2}):(\d{2}) Uhr$");
        Assert.True(shown.Success, page.QuerySelector("[data-testid=status-last-change]")?.TextContent);
        var shownMinutes = (int.Parse(shown.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 60)
            + int.Parse(shown.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var later = (shownMinutes - ((german.Hour * 60) + german.Minute) + 1440) % 1440;
        Assert.InRange(later, 0, 5);
    }

    [Fact]
    public async Task The_status_page_works_for_signed_in_users_too()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Status")).StatusCode);
    }

    [Fact]
    public async Task When_the_database_stops_the_page_says_so_in_words_and_shows_no_internals()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresServer.ConnectionVariable)))
        {
            Assert.Skip("Needs a PostgreSQL server it starts and stops itself.");
        }

        var server = await PostgresServer.StartAsync();
        var connectionString = await TestDatabase.CreateAsync(server, "status") + ";Timeout=2";
        await using var portal = new PortalFactory(connectionString);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        Assert.Contains("Everything works.", (await client.GetDocumentAsync("/Status")).QuerySelector("[data-testid=status-summary]")?.TextContent,
            StringComparison.Ordinal);

        await server.DisposeAsync();
        var response = await client.GetAsync("/Status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();
        Assert.Contains("The database does not answer.", page.QuerySelector("[data-testid=status-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not working", page.QuerySelector("[data-testid=status-database]")?.TextContent.Trim());
        Assert.Equal("Unknown", page.QuerySelector("[data-testid=status-last-change]")?.TextContent.Trim());
        foreach (var internals in new[] { "127.0.0.1", "Npgsql", "postgres", "Exception", "Host=" })
        {
            Assert.DoesNotContain(internals, html, StringComparison.OrdinalIgnoreCase);
        }

        // The probes keep their plain answers.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
