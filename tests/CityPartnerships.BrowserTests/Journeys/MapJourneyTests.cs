using System.Globalization;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>The association map with the demo data: drawn, coloured, a click on a city highlights its partners.</summary>
// Runs alone: it counts every partnership, and other journeys add some.
[Collection(nameof(RunsAlone))]
public sealed class MapJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "partnerships")]
    [InlineData("de-DE", "de", "Partnerschaften")]
    public async Task The_admin_sees_every_partnership_on_the_map_and_a_click_on_a_city_highlights_its_partners(string locale, string language, string word)
    {
        var page = await app.NewPageAsync(locale);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => errors.Add($"{message.Type}: {message.Text}");
        await BrowserApp.SignInAsync(page, "admin@example.org");
        var stored = await app.WithDbAsync(db => db.Partnerships.CountAsync(p => p.City!.Latitude != null && p.PartnerCity!.Latitude != null));

        await page.GotoAsync("/Map");
        var canvas = page.Locator("[data-testid=association-map]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-rendered", "true");
        Assert.Equal(stored, int.Parse((await canvas.GetAttributeAsync("data-lines"))!, CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("[data-map-summary]")).ToContainTextAsync(word);

        // Düsseldorf sits at 6.78° E, 51.22° N on the equirectangular map.
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (float)((6.78 + 180) / 360 * box.Width), box.Y + (float)((90 - 51.22) / 180 * box.Height));
        await Assertions.Expect(page.Locator("[data-map-selection]")).ToContainTextAsync("Düsseldorf");
        await page.Locator("[data-colour-by]").SelectOptionAsync("kind");
        await BrowserApp.ScreenshotAsync(page, $"map-association-{language}");

        await page.Locator("[data-testid=map-open-city]").ClickAsync();
        await Assertions.Expect(page.Locator("main table tbody tr").First).ToContainTextAsync("Düsseldorf");
        await page.Context.CloseAsync();
    }
}

/// <summary>
/// The first full render of the association map with 50,000 partnerships between 10,000 cities, as in the benchmark
/// data set; the time is written to tests/TestResults/screenshots/map-benchmark.txt and recorded in docs/benchmarks.md.
/// Runs alone, after the other browser tests, because it adds (and then removes) 50,000 rows.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class MapBenchmarkTests(BrowserApp app)
{
    private const int Cities = 10_000;
    private const int Partnerships = 50_000;

    [Fact]
    public async Task Fifty_thousand_partnerships_are_drawn_and_the_first_render_time_recorded()
    {
        await app.WithDbAsync(async db =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            // In a transaction: its commit tells the portal's shared read cache (the map's data) that the register changed.
            await using var transaction = await db.Database.BeginTransactionAsync();
            // The cities get consecutive ids (one statement, nothing else writes meanwhile), so each partnership's two
            // cities are found by arithmetic rather than a join.
            var inserted = await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "Cities" ("Name", "CountryCode", "Latitude", "Longitude", "IsAssociationMember", "IsInGlobalSouth")
                SELECT 'MapBench ' || g, 'FR', -55 + (g * 7919 % 12500) / 100.0, -180 + (g * 104729 % 36000) / 100.0, false, false
                FROM generate_series(0, {Cities - 1}) g;
                INSERT INTO "Partnerships" ("CityId", "PartnerCityId", "Kind", "Status", "CreatedAt", "IsInternal", "Description")
                SELECT first.id + g % {Cities}, first.id + (g % {Cities} + (1 + g / {Cities}) * 1237) % {Cities},
                       (ARRAY['Twinning', 'Friendship', 'Contact', 'ProjectPartnership'])[1 + g % 4],
                       (ARRAY['Proposed', 'Active', 'Dormant'])[1 + g % 3], now(), false, 'map-benchmark'
                FROM generate_series(0, {Partnerships - 1}) g,
                     (SELECT min("Id") AS id FROM "Cities" WHERE "Name" LIKE 'MapBench %') first;
                """);
            await transaction.CommitAsync();
            return inserted;
        });
        try
        {
            var timings = new List<int>();
            var pageTimes = new List<int>();
            var dataTimes = new List<int>();
            var fullFrames = new List<double>();
            var frames = new List<double>();
            for (var run = 0; run < 3; run++)
            {
                var page = await app.NewPageAsync();
                await BrowserApp.SignInAsync(page, "admin@example.org");
                await page.GotoAsync("/Map");
                var canvas = page.Locator("[data-testid=association-map]");
                await Assertions.Expect(canvas).ToHaveAttributeAsync("data-rendered", "true", new() { Timeout = 60_000 });
                Assert.True(int.Parse((await canvas.GetAttributeAsync("data-lines"))!, CultureInfo.InvariantCulture) >= Partnerships);
                timings.Add(int.Parse((await canvas.GetAttributeAsync("data-render-ms"))!, CultureInfo.InvariantCulture));
                pageTimes.Add(int.Parse((await canvas.GetAttributeAsync("data-page-ms"))!, CultureInfo.InvariantCulture));
                dataTimes.Add(int.Parse((await canvas.GetAttributeAsync("data-data-ms"))!, CultureInfo.InvariantCulture));
                fullFrames.Add(double.Parse((await canvas.GetAttributeAsync("data-full-frame-ms"))!, CultureInfo.InvariantCulture));

                // While panning, frames are the last full frame moved (one drawImage): record how long a frame takes.
                var box = (await canvas.BoundingBoxAsync())!;
                await page.Mouse.MoveAsync(box.X + 300, box.Y + 200);
                await page.Mouse.DownAsync();
                for (var step = 1; step <= 10; step++)
                {
                    await page.Mouse.MoveAsync(box.X + 300 + (step * 15), box.Y + 200 + (step * 5));
                    await page.WaitForTimeoutAsync(20);
                    frames.Add(double.Parse((await canvas.GetAttributeAsync("data-frame-ms"))!, CultureInfo.InvariantCulture));
                }

                await page.Mouse.UpAsync();
                if (run == 0)
                {
                    await BrowserApp.ScreenshotAsync(page, "map-50000");
                }

                await page.Context.CloseAsync();
            }

            var report = string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Partnerships:N0} partnerships, {Cities:N0} cities: first full render {string.Join(" / ", timings)} ms " +
                $"(three page loads, script start to first full frame; the first load reads the register, the next two get the shared read cache's copy), " +
                $"from navigation start {string.Join(" / ", pageTimes)} ms, data fetched and parsed {string.Join(" / ", dataTimes)} ms after script start, " +
                $"full frame {string.Join(" / ", fullFrames.Select(f => f.ToString("0.#", CultureInfo.InvariantCulture)))} ms; " +
                $"frame while panning median {frames.Order().ElementAt(frames.Count / 2):0.#} ms, max {frames.Max():0.#} ms\n");
            TestContext.Current.TestOutputHelper?.WriteLine(report);
            await File.AppendAllTextAsync(Path.Combine(BrowserApp.ScreenshotFolder, "map-benchmark.txt"), report);
            Assert.True(timings.Min() < 10_000, report);
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
                return await db.Database.ExecuteSqlRawAsync("""
                    DELETE FROM "Partnerships" WHERE "Description" = 'map-benchmark';
                    DELETE FROM "Cities" WHERE "Name" LIKE 'MapBench %';
                    """);
            });
        }
    }
}

[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
