using System.Text.Json;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// The footer's legal pages and service status, and a barrier reported through the accessibility statement, in both
/// languages, on a laptop and a phone; the admin finds the report in the feedback list.
/// </summary>
public sealed class LegalPagesJourneyTests(BrowserApp app)
{
    private static readonly int[] _widths = [1366, 390];

    [Theory]
    [InlineData("en-GB", "en", "Imprint", "Privacy", "Service status", "Accessibility", "Everything works.")]
    [InlineData("de-DE", "de", "Impressum", "Datenschutz", "Dienststatus", "Barrierefreiheit", "Alles funktioniert.")]
    public async Task A_visitor_reaches_the_legal_pages_from_the_footer_and_reports_a_barrier(string locale, string language,
        string imprint, string privacy, string status, string accessibility, string working)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await page.GotoAsync("/BestPractices");

        foreach (var (label, name) in new[] { (imprint, "imprint"), (privacy, "privacy"), (status, "status") })
        {
            await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await CheckAsync(page, $"legal-{name}-{language}");
        }

        await Assertions.Expect(page.Locator("[data-testid=status-summary]")).ToContainTextAsync(working);

        await page.GotoAsync("/BestPractices");
        await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = accessibility, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Page")).ToHaveValueAsync("/BestPractices");
        await CheckAsync(page, $"legal-accessibility-{language}");

        // Sent without a description: the form comes back with the error and what was typed.
        await page.Locator("#Input_Name").FillAsync("Erika Muster");
        await page.Locator("#Input_Email").FillAsync("erika.muster@example.org");
        await page.Locator("[data-testid=feedback-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=form-errors]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveValueAsync("Erika Muster");
        await CheckAsync(page, $"legal-feedback-error-{language}");

        var problem = $"The filter of the library is not announced by the screen reader ({language}, {Guid.NewGuid():N})";
        await page.Locator("#Input_Problem").FillAsync(problem);
        await page.Locator("[data-testid=feedback-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=feedback-sent]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=feedback-return]")).ToHaveAttributeAsync("href", "/BestPractices");
        await CheckAsync(page, $"legal-feedback-sent-{language}");
        var stored = await app.WithDbAsync(db => db.AccessibilityFeedback.SingleAsync(f => f.Problem == problem));
        Assert.Equal(("/BestPractices", "Erika Muster", language), (stored.Page, stored.Name, stored.Language));
        await page.Context.CloseAsync();

        var admin = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(admin, "admin@example.org");
        await admin.GotoAsync("/Admin");
        await admin.Locator("[data-testid=feedback-link]").ClickAsync();
        var item = admin.Locator("[data-testid=feedback-item]", new() { HasText = problem });
        await Assertions.Expect(item).ToBeVisibleAsync();
        await Assertions.Expect(item.Locator("[data-testid=feedback-page] a")).ToHaveAttributeAsync("href", "/BestPractices");
        await CheckAsync(admin, $"legal-feedback-list-{language}");
        await item.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("[data-testid=feedback-item]", new() { HasText = problem }).Locator("[data-testid=feedback-answered]")).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
    }

    /// <summary>axe finds no serious violation, and a screenshot at laptop and phone width.</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        foreach (var width in _widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var json = await AccessibilityChecks.SeriousViolationsAsync(page);
            await BrowserApp.ScreenshotAsync(page, $"{name}-{width}");
            Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"{name} at {width} px: {json}");
        }

        await page.SetViewportSizeAsync(_widths[0], 900);
    }
}
