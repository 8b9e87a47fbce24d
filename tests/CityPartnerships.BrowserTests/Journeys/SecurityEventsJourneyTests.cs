using System.Text.Json;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

public sealed class SecurityEventsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_sees_a_users_failed_sign_in_and_refused_access_in_both_languages()
    {
        var mayor = await app.NewPageAsync();
        await mayor.GotoAsync("/Account/Login");
        await mayor.GetByLabel("E-mail address").FillAsync("duesseldorf.mayor@example.org");
        await mayor.GetByLabel("Password").FillAsync("not-the-password-at-all");
        await mayor.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(mayor.GetByTestId("login-errors")).ToBeVisibleAsync();
        await BrowserApp.SignInAsync(mayor, "duesseldorf.mayor@example.org");
        await mayor.GotoAsync("/Admin/Users");
        await Assertions.Expect(mayor.Locator("h1")).ToContainTextAsync("No access to this page");

        foreach (var (locale, language, refused, failed) in new[]
        {
            ("en-GB", "en", "Access refused", "Sign-in failed"),
            ("de-DE", "de", "Zugriff verweigert", "Anmeldung fehlgeschlagen"),
        })
        {
            var admin = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
            await BrowserApp.SignInAsync(admin, "admin@example.org");
            await admin.GotoAsync("/Admin/Users?q=duesseldorf.mayor");
            await admin.Locator("table a[href^='/Admin/Users/Edit/']").First.ClickAsync();

            var events = admin.GetByTestId("security-events");
            await Assertions.Expect(events).ToContainTextAsync(refused);
            await Assertions.Expect(events).ToContainTextAsync(failed);
            await admin.Locator("#security-events-heading").ScrollIntoViewIfNeededAsync();
            await BrowserApp.ScreenshotAsync(admin, $"security-events-{language}");
            await admin.AddScriptTagAsync(new() { Path = Path.Combine(BrowserApp.RepositoryRoot, "tests", "CityPartnerships.BrowserTests", "node_modules", "axe-core", "axe.min.js") });
            var json = await admin.EvaluateAsync<string>(
                "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations" +
                ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id))");
            await admin.Context.CloseAsync();
            Assert.True(JsonSerializer.Deserialize<List<string>>(json)!.Count == 0, $"{language}: {json}");
        }
    }
}
