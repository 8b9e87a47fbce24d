using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// Düsseldorf posts on the partner search board, Leipzig answers, Düsseldorf reads the answer with its contact and
/// closes the post after confirming, in both languages.
/// </summary>
public sealed class PartnerBoardJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "Partner search", "Your post is on the board.", "Your answer was sent.", "The post is closed.")]
    [InlineData("de-DE", "de", "Partnersuche", "Ihr Aufruf ist veröffentlicht.", "Ihre Antwort ist gesendet.", "Der Aufruf ist geschlossen.")]
    public async Task A_city_posts_another_answers_and_the_poster_reads_the_answer(string locale, string language, string title, string posted,
        string sent, string closed)
    {
        var text = $"Düsseldorf seeks a partner for cycling infrastructure ({language}, {Guid.NewGuid():N})";
        var poster = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(poster, "duesseldorf.staff@example.org");
        await poster.GotoAsync("/MyCity");
        await poster.GetByTestId("board-link").ClickAsync();
        await Assertions.Expect(poster.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(poster));
        await BrowserApp.ScreenshotAsync(poster, $"board-{language}");

        await poster.GetByTestId("new-post").ClickAsync();
        await poster.Locator("#Input_Kind").SelectOptionAsync("ProjectPartnership");
        await poster.Locator("#Input_Region").SelectOptionAsync("Europe");
        await poster.Locator("#Input_Text").FillAsync(text);
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(poster));
        await BrowserApp.ScreenshotAsync(poster, $"board-new-post-{language}");
        await poster.GetByTestId("save-post").ClickAsync();
        await Assertions.Expect(poster.Locator(".alert-success")).ToContainTextAsync(posted);
        var postUrl = new Uri(poster.Url).AbsolutePath;

        var answerer = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(answerer, "leipzig.staff@example.org");
        await answerer.GotoAsync("/Board?worldregion=Europe&kind=ProjectPartnership");
        await answerer.Locator("[data-post-id]", new() { HasText = text }).GetByTestId("post-link").ClickAsync();
        await Assertions.Expect(answerer.GetByTestId("post-text")).ToHaveTextAsync(text);
        await Assertions.Expect(answerer.Locator("#Reply_ContactName")).ToHaveValueAsync("Lena Hoffmann");
        await answerer.Locator("#Reply_Text").FillAsync("Leipzig builds cycle highways too; let us compare notes.");
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(answerer));
        await BrowserApp.ScreenshotAsync(answerer, $"board-answer-{language}");
        await answerer.GetByTestId("send-reply").ClickAsync();
        await Assertions.Expect(answerer.Locator(".alert-success")).ToContainTextAsync(sent);
        await answerer.Context.CloseAsync();

        await poster.GotoAsync(postUrl);
        var reply = poster.GetByTestId("reply");
        await Assertions.Expect(reply).ToContainTextAsync("Leipzig builds cycle highways too");
        await Assertions.Expect(reply).ToContainTextAsync("leipzig.staff@example.org");
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(poster));
        await BrowserApp.ScreenshotAsync(poster, $"board-post-with-answer-{language}");
        await poster.SetViewportSizeAsync(390, 900);
        await BrowserApp.ScreenshotAsync(poster, $"board-post-with-answer-390-{language}");
        await poster.GotoAsync("/Board");
        await BrowserApp.ScreenshotAsync(poster, $"board-390-{language}");
        await poster.SetViewportSizeAsync(1280, 900);

        await poster.GotoAsync(postUrl);
        await poster.GetByTestId("close-post").ClickAsync();
        await poster.GetByTestId("confirm-close").ClickAsync();
        await Assertions.Expect(poster.Locator(".alert-success")).ToContainTextAsync(closed);
        await Assertions.Expect(poster.GetByTestId("closed-notice")).ToBeVisibleAsync();
        await poster.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_hides_a_post_after_confirming_with_a_reason_and_shows_it_again()
    {
        var page = await app.NewPageAsync("en-GB", bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync("/Admin");
        await page.GetByTestId("board-link").ClickAsync();
        await page.Locator("[data-post-id]", new() { HasText = "Cologne is looking for a city in the Americas" }).GetByTestId("post-link").ClickAsync();
        var postUrl = new Uri(page.Url).AbsolutePath;

        await page.GetByTestId("hide-post").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-hide")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "board-hide-confirm-en");
        await page.GetByTestId("confirm-hide").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hide-error")).ToContainTextAsync("Give a reason");
        await page.Locator("#Hide_Reason").FillAsync("Please name the council decision rather than a person.");
        await page.GetByTestId("hide-post").ClickAsync();
        await page.GetByTestId("confirm-hide").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("The post is hidden.");
        await Assertions.Expect(page.GetByTestId("moderation-reason")).ToContainTextAsync("Please name the council decision");
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Deutsch" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("hidden-notice")).ToContainTextAsync("ausgeblendet");
        Assert.Equal("[]", await AccessibilityChecks.SeriousViolationsAsync(page));
        await BrowserApp.ScreenshotAsync(page, "board-hidden-post-admin-de");
        await page.GotoAsync("/Board?show=Hidden");
        await Assertions.Expect(page.Locator("[data-post-id]", new() { HasText = "Cologne is looking" })).ToHaveCountAsync(1);

        await page.GotoAsync(postUrl);
        await page.GetByTestId("unhide-post").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("wieder angezeigt");
        await page.Context.CloseAsync();
    }
}
