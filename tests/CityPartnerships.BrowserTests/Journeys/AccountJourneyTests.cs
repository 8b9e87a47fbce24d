using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>An admin invites a new admin, who chooses a password, sets up an authenticator app and signs in with a code.</summary>
public sealed partial class AccountJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task Invitation_then_password_then_authenticator_app_then_sign_in_with_a_code(string locale, string language)
    {
        var email = $"journey-{language}-{Guid.NewGuid():N}"[..20] + "@example.org";
        const string Password = "Lantern harbour violet 88";

        // The demo admin invites a colleague as association admin, invitation in the page's language.
        var admin = await app.NewPageAsync(locale);
        await BrowserApp.SignInAsync(admin, "admin@example.org");
        await admin.GotoAsync("/Admin/Users/Create");
        await admin.Locator("#Input_Email").FillAsync(email);
        await admin.Locator("#Input_DisplayName").FillAsync("Jana Journey");
        await admin.Locator("#Input_Role").SelectOptionAsync("AssociationAdmin");
        await BrowserApp.ScreenshotAsync(admin, $"account-invite-{language}");
        await admin.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("status-message")).ToContainTextAsync(email);
        await Assertions.Expect(admin.GetByTestId("invitation-pending")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(admin, $"account-invited-{language}");
        await admin.Context.CloseAsync();

        // The invitation arrives by mail; its link opens the page where the new admin chooses a password.
        var mail = await app.Mailbox.WaitForMailAsync(email);
        Assert.Equal(language == "de" ? "Ihre Einladung zu CityPartnerships" : "Your invitation to CityPartnerships", mail.Subject);
        var link = TestMailbox.LinkIn(mail, "/Account/AcceptInvitation");
        var page = await app.NewPageAsync(locale);
        await page.GotoAsync(link.PathAndQuery);
        await page.Locator("#Input_NewPassword").FillAsync("Password1234!");
        await page.Locator("#Input_ConfirmPassword").FillAsync("Password1234!");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.NewPassword']")).ToContainTextAsync(language == "de" ? "zu leicht zu erraten" : "too easy to guess");
        await BrowserApp.ScreenshotAsync(page, $"account-choose-password-refused-{language}");
        await page.Locator("#Input_NewPassword").FillAsync(Password);
        await page.Locator("#Input_ConfirmPassword").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(LoginPage());

        // First sign-in: an admin without a second factor is sent to set one up.
        await BrowserApp.SignInAsync(page, email, Password, authenticatorKey: null);
        await Assertions.Expect(page).ToHaveURLAsync(TwoFactorPage());
        await Assertions.Expect(page.GetByTestId("two-factor-required")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=qr-code] svg")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"account-two-factor-setup-{language}");
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.Locator("#Input_Code").FillAsync(Totp.Code(key));
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await BrowserApp.ScreenshotAsync(page, $"account-recovery-codes-{language}");
        await page.GotoAsync("/Admin");
        await Assertions.Expect(page).ToHaveURLAsync(AdminPage());

        // Signing in again asks for the code after the password.
        var next = await app.NewPageAsync(locale);
        await next.GotoAsync("/Account/Login");
        await next.Locator("#Input_Email").FillAsync(email);
        await next.Locator("#Input_Password").FillAsync(Password);
        await next.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(next).ToHaveURLAsync(CodePage());
        await Assertions.Expect(next.Locator("html")).ToHaveAttributeAsync("lang", language);
        await BrowserApp.ScreenshotAsync(next, $"account-sign-in-code-{language}");
        await next.Locator("#Input_Code").FillAsync(Totp.Code(key));
        await next.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(next).ToHaveURLAsync(AdminPage());
        await Assertions.Expect(next.GetByTestId("signed-in-user")).ToContainTextAsync("Jana Journey");
        await next.GotoAsync("/Account/Manage");
        await BrowserApp.ScreenshotAsync(next, $"account-my-account-{language}");
    }

    [Theory]
    [InlineData("en-GB", "en", "leipzig.mayor@example.org")]
    [InlineData("de-DE", "de", "duesseldorf.mayor@example.org")]
    public async Task Forgot_password_page_answers_without_saying_whether_the_account_exists(string locale, string language, string email)
    {
        var page = await app.NewPageAsync(locale);
        await page.GotoAsync("/Account/Login");
        await page.Locator("main a[href='/Account/ForgotPassword']").ClickAsync();
        await page.Locator("#Input_Email").FillAsync(email);
        await BrowserApp.ScreenshotAsync(page, $"account-forgot-password-{language}");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("reset-requested")).ToContainTextAsync(email);
        await BrowserApp.ScreenshotAsync(page, $"account-forgot-password-sent-{language}");
        var mail = await app.Mailbox.WaitForMailAsync(email);
        Assert.Contains(language == "de" ? "Neues Passwort" : "new password", mail.Subject);
    }

    [Theory]
    [InlineData("en-GB", "en", "no longer get reminder mails")]
    [InlineData("de-DE", "de", "keine Erinnerungsmails mehr")]
    public async Task City_staff_turn_the_daily_reminder_off_and_on_again_on_their_account_page(string locale, string language, string turnedOff)
    {
        var page = await app.NewPageAsync(locale);
        await BrowserApp.SignInAsync(page, "duesseldorf.staff@example.org");
        await page.GotoAsync("/Account/Manage");
        var reminders = page.Locator("#ReceiveReminders");
        var save = page.Locator("form[action*='handler=Reminders'] button[type=submit]");
        await Assertions.Expect(reminders).ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, $"account-reminders-{language}");

        await reminders.UncheckAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync(turnedOff);
        await Assertions.Expect(reminders).Not.ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(page, $"account-reminders-off-{language}");

        await reminders.CheckAsync();
        await save.ClickAsync();
        await Assertions.Expect(reminders).ToBeCheckedAsync();
    }

    [GeneratedRegex("/Account/Login$")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/Account/Manage/TwoFactor$")]
    private static partial Regex TwoFactorPage();

    [GeneratedRegex("/Account/LoginWithTwoFactor")]
    private static partial Regex CodePage();

    [GeneratedRegex("/Admin$")]
    private static partial Regex AdminPage();
}
