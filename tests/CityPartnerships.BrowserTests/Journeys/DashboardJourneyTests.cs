using System.Globalization;
using System.Text.Json;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>The dashboards in both languages: figures as stored, charts drawn from their tables, a clean printed report.</summary>
/// <remarks>Runs alone: other journeys add and change Düsseldorf's partnerships, which would move the figures between reading and checking.</remarks>
[Collection(nameof(RunsAlone))]
public sealed class DashboardJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_mayors_dashboard_shows_the_stored_figures_with_charts_tables_a_map_and_a_printable_report(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "duesseldorf.mayor@example.org");
        var culture = CultureInfo.GetCultureInfo(language);
        var stored = await app.WithDbAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Name == "Düsseldorf" && c.IsAssociationMember);
            var ofCity = db.Partnerships.Where(p => p.CityId == city.Id || p.PartnerCityId == city.Id);
            return new
            {
                Active = await ofCity.CountAsync(p => p.Status == PartnershipStatus.Active),
                Dormant = await ofCity.CountAsync(p => p.Status == PartnershipStatus.Dormant),
                Ongoing = await ofCity.CountAsync(p => p.Status != PartnershipStatus.Ended),
            };
        });

        Assert.EndsWith("/Dashboard", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=fig-active] .figure-value")).ToHaveTextAsync(stored.Active.ToString("N0", culture));
        await Assertions.Expect(page.Locator("[data-testid=fig-dormant] .figure-value")).ToHaveTextAsync(stored.Dormant.ToString("N0", culture));
        await Assertions.Expect(page.Locator("[data-testid=health-table] tbody tr")).ToHaveCountAsync(stored.Ongoing);
        await Assertions.Expect(page.Locator("canvas[data-chart-ready=true]").First).ToBeAttachedAsync();
        Assert.True(await page.Locator("[data-testid=partner-map] line").CountAsync() > 0);

        // The chart's numbers are a table one click away.
        await page.Locator("details.chart-data summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=activities-table]")).ToBeVisibleAsync();
        // ... and stays inside its card, in German too ("Empfangene Delegationen" once ran past the card's edge).
        var overflow = await page.EvaluateAsync<double>(
            "() => { const t = document.querySelector('[data-testid=activities-table]'); return t.getBoundingClientRect().right - t.closest('.card-body').getBoundingClientRect().right; }");
        Assert.True(overflow <= 0, $"the activities table runs {overflow} px past its card ({language})");
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"dashboard-city-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"dashboard ({language}): {json}");

        // "Active partnerships" opens the list of exactly those.
        await page.Locator("[data-testid=fig-active] a").ClickAsync();
        await Assertions.Expect(page.Locator("main table tbody tr")).ToHaveCountAsync(Math.Min(stored.Active, 25));

        await page.GoBackAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.portal-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=period-filter]")).ToBeHiddenAsync();
        await BrowserApp.ScreenshotAsync(page, $"dashboard-city-print-{language}");
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        Assert.True(pdf.Length > 10_000);
        await File.WriteAllBytesAsync(Path.Combine(BrowserApp.ScreenshotFolder, $"dashboard-city-{language}.pdf"), pdf);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_association_dashboard_shows_the_stored_figures_and_opens_a_member_citys_dashboard(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        var culture = CultureInfo.GetCultureInfo(language);
        var stored = await app.WithDbAsync(async db => new
        {
            Members = await db.Cities.CountAsync(c => c.IsAssociationMember),
            Cities = await db.Partnerships.Select(p => p.CityId).Union(db.Partnerships.Select(p => p.PartnerCityId)).CountAsync(),
            Active = await db.Partnerships.CountAsync(p => p.Status == PartnershipStatus.Active),
            Areas = await db.ActionAreas.CountAsync(),
        });

        await Assertions.Expect(page.Locator("[data-testid=fig-members] .figure-value")).ToHaveTextAsync(stored.Members.ToString("N0", culture));
        await Assertions.Expect(page.Locator("[data-testid=fig-cities] .figure-value")).ToHaveTextAsync(stored.Cities.ToString("N0", culture));
        await Assertions.Expect(page.Locator("[data-testid=fig-active] .figure-value")).ToHaveTextAsync(stored.Active.ToString("N0", culture));
        await Assertions.Expect(page.Locator("[data-testid=area-table] tbody tr")).ToHaveCountAsync(stored.Areas);
        await Assertions.Expect(page.Locator("canvas[data-chart-ready=true]")).ToHaveCountAsync(2);
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"dashboard-association-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"association dashboard ({language}): {json}");

        var first = page.Locator("[data-testid=ranking-table] tbody tr a").First;
        var name = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(name);
        await BrowserApp.ScreenshotAsync(page, $"dashboard-member-by-admin-{language}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_public_directory_and_a_city_page_render_without_signing_in(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        var published = await app.WithDbAsync(db => db.Partnerships
            .CountAsync(p => !p.IsInternal && (p.City!.IsAssociationMember || p.PartnerCity!.IsAssociationMember)));

        await page.GotoAsync("/Directory");
        await Assertions.Expect(page.Locator("[data-testid=pager-summary]")).ToContainTextAsync(published.ToString("N0", CultureInfo.GetCultureInfo(language)));
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"directory-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"directory ({language}): {json}");

        await page.GotoAsync("/Directory?q=D%C3%BCsseldorf");
        await page.Locator("[data-testid=directory-table] tbody a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Düsseldorf");
        json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"directory-city-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"directory city ({language}): {json}");
        await page.Context.CloseAsync();
    }
}
