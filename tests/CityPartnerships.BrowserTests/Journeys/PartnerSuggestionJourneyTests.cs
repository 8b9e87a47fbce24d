using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>Staff open their city's partner suggestions, see the reasons, dismiss one and suggest it again, in both languages.</summary>
public sealed class PartnerSuggestionJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "Partner suggestions", "Dismissed suggestions", "is no longer suggested")]
    [InlineData("de-DE", "de", "Partnervorschläge", "Verworfene Vorschläge", "wird nicht mehr vorgeschlagen")]
    public async Task Staff_see_why_a_city_is_suggested_dismiss_it_and_suggest_it_again(string locale, string language, string title,
        string dismissedTitle, string dismissedMessage)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "duesseldorf.staff@example.org");
        await page.GetByTestId("partner-suggestions").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var first = page.GetByTestId("suggestions").Locator("tbody tr").First;
        await Assertions.Expect(first.Locator("li[data-reason]").First).ToBeVisibleAsync();
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));
        await BrowserApp.ScreenshotAsync(page, $"partner-suggestions-{language}");

        var city = await first.GetAttributeAsync("data-city-id");
        await first.GetByTestId("dismiss").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync(dismissedMessage);
        await Assertions.Expect(page.Locator($"[data-testid=suggestions] tr[data-city-id='{city}']")).ToHaveCountAsync(0);

        await page.GetByTestId("dismissed-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(dismissedTitle);
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));
        await BrowserApp.ScreenshotAsync(page, $"partner-suggestions-dismissed-{language}");
        await page.Locator($"tr[data-city-id='{city}']").GetByTestId("restore").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-dismissed")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
