using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

public sealed class SignInJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_member_signs_in_from_the_home_page_and_sees_their_citys_partnerships()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync("duesseldorf.staff@example.org");
        await page.GetByLabel("Password").FillAsync(BrowserApp.DemoPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/MyCity$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Düsseldorf");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Toulouse");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Daniel Berger");
        await BrowserApp.ScreenshotAsync(page, "journey-staff-signed-in");
    }

    [Fact]
    public async Task Wrong_password_in_the_browser_shows_the_error_and_keeps_the_email()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        await page.GetByLabel("E-mail address").FillAsync("leipzig.staff@example.org");
        await page.GetByLabel("Password").FillAsync("definitely-not-it");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-errors")).ToContainTextAsync("The e-mail address or password is not correct.");
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync("leipzig.staff@example.org");
        await BrowserApp.ScreenshotAsync(page, "journey-login-error");
    }

    [Fact]
    public async Task Language_switch_turns_the_portal_german_and_it_stays_german()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Deutsch" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Die internationalen Partnerschaften Ihrer Stadt");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Anmelden" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anmelden");
    }

    [Fact]
    public async Task Admin_locks_a_user_after_confirming_in_a_dialog()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync("/Admin/Users?q=leipzig.mayor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Büro des Oberbürgermeisters Leipzig" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lock account" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "journey-admin-lock-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lock account" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("is now locked out");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock account" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("can sign in again");
    }
}
