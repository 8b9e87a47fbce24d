using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Data;

public sealed class DemoDataTests(PortalApp app)
{
    [Fact]
    public async Task Demo_mode_migrates_an_empty_database_seeds_it_once_and_the_demo_accounts_work_after_the_gazetteer_came()
    {
        var connectionString = app.Server.ConnectionStringFor($"demo_{Guid.NewGuid():N}"[..30]);
        var demo = new Dictionary<string, string> { ["Database:MigrateOnStartup"] = "true", ["DemoData:Seed"] = "true" };

        Counts first, second;
        await using (var firstStart = new PortalFactory(connectionString, demo))
        {
            first = await CountAsync(firstStart);
        }

        // The gazetteer arrives after the first start: places with the demo cities' names, abroad and in the same country.
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options))
        {
            db.Cities.AddRange(
                new Domain.Cities.City("Berlin", "US", "New Hampshire", 44.4687, -71.1851, 9_425),
                new Domain.Cities.City("Düsseldorf", "DE", "Elsewhere", 53.5, 10.0, 1_000),
                new Domain.Cities.City("Toulouse", "US", "Illinois", 41.0, -88.0, 300));
            await db.SaveChangesAsync();
        }

        await using (var secondStart = new PortalFactory(connectionString, demo))
        {
            second = await CountAsync(secondStart);

            var client = secondStart.CreateClient(new() { AllowAutoRedirect = false });
            var signIn = await client.SubmitFormAsync("/Account/Login", new()
            {
                ["Input.Email"] = "duesseldorf.staff@example.org",
                ["Input.Password"] = "Partnerships-Demo-2026!",
            });
            Assert.Equal("/MyCity", signIn.Headers.Location?.OriginalString);
            var myCity = await client.GetDocumentAsync("/MyCity");
            Assert.Equal("Düsseldorf", myCity.QuerySelector("h1")?.TextContent.Trim());
            Assert.Contains("Toulouse", myCity.QuerySelector("tbody")?.TextContent);

            // Climate: the Bastin et al. file matched to the demo cities, Düsseldorf's values derived from Cologne's.
            await using var scope = secondStart.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var bastin = await db.ClimateDataSets.SingleAsync(d => d.Name == Web.Data.DemoData.DemoClimate.Bastin.Name);
            Assert.Equal(475, bastin.RowsInFile);
            Assert.Equal(475, (bastin.RowsImported / 2) + bastin.UnmatchedRows.Count);
            var duesseldorf = await db.CityClimates.Where(c => c.Period == "present")
                .Join(db.Cities.Where(c => c.Name == "Düsseldorf" && c.Region == "North Rhine-Westphalia"), v => v.CityId, c => c.Id, (v, c) => v)
                .SingleAsync();
            Assert.True(duesseldorf.IsDerived);
            Assert.Equal("Werte von Cologne (35 km entfernt) aus Bastin et al. (2019).", duesseldorf.Derivation);
        }

        Assert.Equal(first with { Cities = first.Cities + 3 }, second);
        Assert.True(first.Cities >= 40, $"{first.Cities} cities");
        Assert.True(first.Partnerships >= 40, $"{first.Partnerships} partnerships");
        Assert.Equal(5, first.Users);
        Assert.Equal(6, first.ActionAreas);
        Assert.True(first.BestPractices > 0);
        Assert.True(first.Work > 10, $"{first.Work} activities, projects and contacts");
        Assert.True(first.ClimateValues > 60, $"{first.ClimateValues} climate values");
        Assert.Equal(2, first.ClimateTwinnings);
    }

    [Fact]
    public async Task Outside_demo_mode_no_demo_data_or_accounts_are_created_but_the_configured_first_admin_is()
    {
        var connectionString = await TestDatabase.CreateAsync(app.Server, "prod");
        var production = new Dictionary<string, string>
        {
            ["FirstAdmin:Email"] = "first.admin@example.org",
            ["FirstAdmin:Password"] = "Copper kettle meadow 2031",
        };

        await using var portal = new PortalFactory(connectionString, production);
        var counts = await CountAsync(portal);

        Assert.Equal(0, counts.Cities);
        Assert.Equal(1, counts.Users);
        Assert.Equal(6, counts.ActionAreas);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var signIn = await client.SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = "first.admin@example.org",
            ["Input.Password"] = "Copper kettle meadow 2031",
        });
        Assert.Equal("/Admin", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public void The_demo_cities_day_to_day_work_and_partnership_descriptions_are_written_in_german_as_their_staff_would_write_them()
    {
        string[] englishWords = ["the", "and", "of", "for", "with", "from", "on", "to", "may", "be", "city", "head", "officer", "partnership", "twinning"];
        var texts = DemoWork.Activities.SelectMany(a => new[] { a.Title, a.Description, a.Place })
            .Concat(DemoWork.Projects.SelectMany(p => new[] { p.Title, p.Description, p.Programme, p.Funder }))
            .Concat(DemoWork.Contacts.SelectMany(c => new[] { c.Role, c.Organisation }))
            .Concat(DemoCatalogue.Partnerships.Select(p => p.Description));

        var english = texts.Where(text => text.Split([' ', ',', '.', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(word => englishWords.Contains(word, StringComparer.OrdinalIgnoreCase))).ToList();

        Assert.Empty(english);
    }

    private static async Task<Counts> CountAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return new Counts(
            await db.Cities.CountAsync(),
            await db.Partnerships.CountAsync(),
            await db.Users.CountAsync(),
            await db.ActionAreas.CountAsync(),
            await db.BestPractices.CountAsync(),
            await db.Activities.CountAsync() + await db.Projects.CountAsync() + await db.Contacts.CountAsync(),
            await db.CityClimates.CountAsync(),
            await db.ClimateTwinnings.CountAsync());
    }

    private sealed record Counts(int Cities, int Partnerships, int Users, int ActionAreas, int BestPractices, int Work = 0,
        int ClimateValues = 0, int ClimateTwinnings = 0);
}
