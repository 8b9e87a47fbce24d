using System.Text.Json;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>Each role's start page renders in both languages; the screenshots are kept for people to look at.</summary>
public sealed class StartPagesTests(BrowserApp app)
{
    public static TheoryData<string, string, string, string> Accounts => new()
    {
        // account, start page, English heading text, German heading text
        { "admin@example.org", "/Admin", "Association overview", "Verbandsübersicht" },
        { "duesseldorf.staff@example.org", "/MyCity", "Düsseldorf", "Düsseldorf" },
        { "duesseldorf.mayor@example.org", "/Dashboard", "Düsseldorf: dashboard", "Düsseldorf: Übersicht" },
        { "leipzig.staff@example.org", "/MyCity", "Leipzig", "Leipzig" },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_role_lands_on_a_start_page_that_renders_in_english_and_german(string email, string startPage,
        string englishHeading, string germanHeading)
    {
        foreach (var (locale, language, heading) in new[] { ("en-GB", "en", englishHeading), ("de-DE", "de", germanHeading) })
        {
            var page = await app.NewPageAsync(locale);
            await BrowserApp.SignInAsync(page, email);

            Assert.EndsWith(startPage, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await BrowserApp.ScreenshotAsync(page, $"start-{email.Split('@')[0]}-{language}");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task Public_pages_render_for_screenshots(string locale, string language)
    {
        var page = await app.NewPageAsync(locale);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await BrowserApp.ScreenshotAsync(page, $"home-{language}");
        await page.GotoAsync("/Account/Login");
        await Assertions.Expect(page.Locator("#Input_Email")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"login-{language}");
        await page.GotoAsync("/no-such-page");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(language == "en" ? "Page not found" : "Seite nicht gefunden");
        await BrowserApp.ScreenshotAsync(page, $"not-found-{language}");
    }

    // Every page as every role is checked by EveryPageAccessibilityTests; these are states it does not open: search
    // results with highlighted words, the privacy page with a person's records found, and a user with an authenticator app.
    [Theory]
    [InlineData("admin@example.org", "/Admin/Privacy?email=camille.martin%40toulouse.example")]
    [InlineData("admin@example.org", "/Admin/Privacy?email=duesseldorf.staff%40example.org")]
    [InlineData("leipzig.staff@example.org", "/Account/Manage/TwoFactor")]
    [InlineData(null, "/BestPractices?q=partnership")]
    public async Task Pages_have_no_serious_accessibility_violations(string? email, string path)
    {
        // axe is injected as an inline script, which the portal's Content-Security-Policy rightly forbids.
        var page = await app.NewPageAsync(bypassContentSecurityPolicy: true);
        if (email is not null)
        {
            await BrowserApp.SignInAsync(page, email);
        }

        await page.GotoAsync(path);
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);

        // The query is part of the name where two rows open one page ("/Admin/Privacy" for two people).
        var name = string.Concat(path.Trim('/').ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        await BrowserApp.ScreenshotAsync(page, $"page-{(name.Length == 0 ? "home" : name)}");
        var violations = JsonSerializer.Deserialize<List<JsonElement>>(json)!;
        Assert.True(violations.Count == 0, $"{path}: {json}");
    }

    public static TheoryData<string, string, string?, string> PagesReachedByLink => new()
    {
        // account, page to start from, link to follow (none: the page itself), screenshot name
        { "duesseldorf.staff@example.org", "/Partnerships", "table a[href^='/Partnerships/Details/']", "history-partnership" },
        { "admin@example.org", "/Admin/Users", "table a[href^='/Admin/Users/Edit/']", "history-user" },
        { "duesseldorf.staff@example.org", "/MyCity", null, "history-city" },
        { "duesseldorf.staff@example.org", "/Projects", null, "projects-to-push" },
    };

    [Theory]
    [MemberData(nameof(PagesReachedByLink))]
    public async Task Records_with_their_history_and_the_projects_to_push_render_in_both_languages_without_serious_accessibility_violations(
        string email, string startPath, string? link, string name)
    {
        foreach (var (locale, language) in new[] { ("en-GB", "en"), ("de-DE", "de") })
        {
            var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
            await BrowserApp.SignInAsync(page, email);
            await page.GotoAsync(startPath);
            if (link is not null)
            {
                await page.Locator(link).First.ClickAsync();
                // The history is collapsed to its summary line until opened.
                await Assertions.Expect(page.Locator("[data-testid=history]")).ToBeHiddenAsync();
                await page.Locator("[data-testid=history-details] summary").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=history]")).ToBeVisibleAsync();
            }

            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            var json = await AccessibilityChecks.SeriousViolationsAsync(page);
            await BrowserApp.ScreenshotAsync(page, $"{name}-{language}");
            await page.Context.CloseAsync();
            Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"{name} ({language}): {json}");
        }
    }
}
