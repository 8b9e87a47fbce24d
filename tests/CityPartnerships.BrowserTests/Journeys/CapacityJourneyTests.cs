using System.Text.Json;
using CityPartnerships.Domain.Capacity;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>The capacity self-assessment in both languages: staff fill it in, the city reads scores, median and progress.</summary>
public sealed class CapacityJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "Financial", "100%")]
    [InlineData("de-DE", "de", "Finanziell", "100 %")]
    public async Task Staff_fill_in_the_self_assessment_and_see_scores_next_steps_and_progress(string locale, string language, string financial, string full)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "leipzig.staff@example.org");

        await page.Locator("[data-testid=capacity-link]").ClickAsync();
        await page.Locator("[data-testid=take-assessment]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=filled-from-last]")).ToBeVisibleAsync();
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"capacity-take-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"capacity form ({language}): {json}");

        // Financially everything in place, administratively and politically nothing yet.
        await Assertions.Expect(page.Locator("#take-Financial")).ToHaveTextAsync(financial);
        await CheckAllAsync(page.Locator("section[aria-labelledby=take-Financial] input[value=Yes]"));
        await CheckAllAsync(page.Locator("section[aria-labelledby=take-Administrative] input[value=No]"));
        await CheckAllAsync(page.Locator("section[aria-labelledby=take-Political] input[value=No]"));
        await page.Locator("[data-testid=capacity-submit]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=status-message]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=dimension-Financial] [data-testid=score]")).ToHaveTextAsync(full);
        await Assertions.Expect(page.Locator("[data-testid=dimension-Political] [data-testid=score]")).ToHaveTextAsync(language == "de" ? "0 %" : "0%");
        var stored = await app.WithDbAsync(async db =>
        {
            var leipzig = await db.Cities.SingleAsync(c => c.Name == "Leipzig" && c.IsAssociationMember);
            var assessments = await db.CapacityAssessments.Where(a => a.CityId == leipzig.Id).OrderByDescending(a => a.TakenAt).ToListAsync();
            return (Count: assessments.Count, Latest: assessments[0].Scores);
        });
        Assert.Equal(new CapacityScores(100, 0, 0), stored.Latest);
        await Assertions.Expect(page.Locator("[data-testid=capacity-history] tbody tr")).ToHaveCountAsync(stored.Count);
        await Assertions.Expect(page.Locator("[data-testid=next-steps] li")).ToHaveCountAsync(CapacityScoring.MaxNextSteps);
        await Assertions.Expect(page.Locator("[data-testid=next-steps] a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/Solutions/Details/"));
        // The demo has three member cities with an assessment, so the anonymous median is shown.
        await Assertions.Expect(page.Locator("[data-testid=dimension-Financial] [data-testid=median]")).ToContainTextAsync(language == "de" ? "Median des Verbands" : "Association median");
        await Assertions.Expect(page.Locator("canvas[data-chart-ready=true]")).ToHaveCountAsync(1);
        json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"capacity-result-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"capacity result ({language}): {json}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_mayors_office_reads_its_progress_and_admins_edit_the_questions(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "duesseldorf.mayor@example.org");
        await page.Locator("[data-testid=capacity-link]").ClickAsync();
        var history = await app.WithDbAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Name == "Düsseldorf" && c.IsAssociationMember);
            return await db.CapacityAssessments.CountAsync(a => a.CityId == city.Id);
        });

        await Assertions.Expect(page.Locator("[data-testid=capacity-history] tbody tr")).ToHaveCountAsync(history);
        await Assertions.Expect(page.Locator("[data-testid=take-assessment]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("canvas[data-chart-ready=true]")).ToHaveCountAsync(1);
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        await BrowserApp.ScreenshotAsync(page, $"capacity-mayor-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"capacity mayor ({language}): {json}");
        await page.Context.CloseAsync();

        var admin = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(admin, "admin@example.org");
        await admin.Locator("[data-testid=capacity-admin-link]").ClickAsync();
        var questions = await app.WithDbAsync(db => db.CapacityQuestions.CountAsync());
        await Assertions.Expect(admin.Locator("[data-testid=questions] tbody tr")).ToHaveCountAsync(questions);
        json = await AccessibilityChecks.SeriousViolationsAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, $"capacity-admin-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"capacity admin ({language}): {json}");
        await admin.Locator("[data-testid=questions] tbody a").First.ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=question-form]")).ToBeVisibleAsync();
        json = await AccessibilityChecks.SeriousViolationsAsync(admin);
        await BrowserApp.ScreenshotAsync(admin, $"capacity-question-edit-{language}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"capacity question edit ({language}): {json}");
        await admin.Context.CloseAsync();
    }

    private static async Task CheckAllAsync(ILocator radios)
    {
        var count = await radios.CountAsync();
        Assert.True(count > 0);
        for (var i = 0; i < count; i++)
        {
            await radios.Nth(i).CheckAsync();
        }
    }
}
