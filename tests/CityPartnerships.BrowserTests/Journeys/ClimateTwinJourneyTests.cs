using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>From the climate-twin finder to a twin and on to its practice in climate action, in both languages.</summary>
public sealed class ClimateTwinJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "Climate twins", "Climate twinnings in the register")]
    [InlineData("de-DE", "de", "Klimazwillinge", "Klimapartnerschaften im Register")]
    public async Task The_public_finds_a_citys_climate_twins_follows_a_twin_and_opens_its_climate_practice(string locale, string language,
        string navigation, string recordedHeading)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = navigation, Exact = true }).First.ClickAsync();
        await page.Locator("#q").FillAsync("Edinburgh");
        await page.Locator("#q").PressAsync("Enter");
        await page.GetByTestId("cities-with-climate").GetByRole(AriaRole.Link, new() { Name = "Edinburgh" }).ClickAsync();

        // Edinburgh's 2050 climate is today's climate of the Rhineland: Düsseldorf (derived from Cologne's values) is a twin.
        var todayLikeOurFuture = page.GetByTestId("today-like-our-future");
        var dusseldorf = todayLikeOurFuture.GetByRole(AriaRole.Row).Filter(new() { HasText = "Düsseldorf" });
        await Assertions.Expect(dusseldorf).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("twin-map")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("climate-sources")).ToContainTextAsync("Bastin J-F");
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));
        await BrowserApp.ScreenshotAsync(page, $"climate-twins-edinburgh-{language}");

        // The twin's practice in climate action.
        var practice = dusseldorf.Locator("a[href*='/BestPractices/Details/']").First;
        var title = (await practice.TextContentAsync())!.Trim();
        await practice.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await BrowserApp.ScreenshotAsync(page, $"climate-twin-practice-{language}");

        // The twin's own finder: its climate twinning with Toulouse and what the 2050 data says of it.
        await page.GoBackAsync();
        await dusseldorf.GetByRole(AriaRole.Link, new() { Name = "Düsseldorf" }).ClickAsync();
        var recorded = page.GetByTestId("recorded-twinnings");
        await Assertions.Expect(recorded).ToContainTextAsync(recordedHeading);
        await Assertions.Expect(recorded).ToContainTextAsync("Toulouse");
        await Assertions.Expect(page.GetByTestId("climate-values")).ToBeVisibleAsync();
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));
        await BrowserApp.ScreenshotAsync(page, $"climate-twins-duesseldorf-{language}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_city_without_climate_data_is_told_so()
    {
        var page = await app.NewPageAsync();
        var darmstadt = await app.WithDbAsync(db => db.Cities.SingleAsync(c => c.Name == "Darmstadt"));
        await page.GotoAsync($"/Climate/Twins?id={darmstadt.Id}");

        await Assertions.Expect(page.GetByTestId("no-climate-data")).ToContainTextAsync("There are no climate values for Darmstadt.");
        await BrowserApp.ScreenshotAsync(page, "climate-no-data-en");
        await page.Context.CloseAsync();
    }
}
