using System.Text.Json;
using System.Text.RegularExpressions;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// The main journeys with the keyboard alone: Tab, Shift+Tab, typing, Enter, Space and the arrow keys, never the
/// mouse. Each checks what a keyboard or screen-reader user notices: where the focus is after a refused or accepted
/// form, the refused field marked invalid, the record saved and shown.
/// </summary>
public sealed class KeyboardJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task Sign_in_with_the_keyboard_lands_on_the_error_summary_after_a_wrong_password(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await page.GotoAsync("/Account/Login");

        // Nothing typed: the sign-in summary only takes errors about the whole form, so the focus goes to the first refused field.
        await TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "#Input_Email");
        await Assertions.Expect(page.Locator("#Input_Email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#Input_Email")).ToHaveAttributeAsync("aria-describedby", "Input_Email-error");

        await page.Keyboard.TypeAsync("leipzig.staff@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("not the password");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=login-errors]");
        await Assertions.Expect(page.Locator("#Input_Email")).ToHaveValueAsync("leipzig.staff@example.org");
        await BrowserApp.ScreenshotAsync(page, $"keyboard-login-refused-{language}");
        await AssertNoSeriousViolationsAsync(page, $"refused sign-in ({language})");

        await TabToAsync(page, "#Input_Password");
        await page.Keyboard.TypeAsync(BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Lena Hoffmann");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en", "Belgium")]
    [InlineData("de-DE", "de", "Belgien")]
    public async Task Staff_log_a_partnership_with_the_partner_combobox_and_add_an_activity(string locale, string language, string belgium)
    {
        // Two places of one name: the combobox lists both, the user picks one, nothing is taken silently.
        var name = "Tastenau " + Guid.NewGuid().ToString("N")[..6];
        await app.InsertCityAsync(new City(name, "FR", population: 12_000));
        var belgian = await app.InsertCityAsync(new City(name, "BE", population: 8_000));
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await SignInByKeyboardAsync(page, "leipzig.staff@example.org");

        await page.GotoAsync("/Partnerships/Create");
        await TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.GetByTestId("form-errors");
        await ExpectFocusAsync(page, "[data-testid=form-errors]");
        var partner = page.Locator("#Input_PartnerName");
        await Assertions.Expect(partner).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(partner).ToHaveAttributeAsync("aria-describedby", "partner-help Input_PartnerName-error");
        await BrowserApp.ScreenshotAsync(page, $"keyboard-partnership-refused-{language}");
        await AssertNoSeriousViolationsAsync(page, $"refused partnership ({language})");

        // The summary's link takes the focus into the field.
        await page.Keyboard.PressAsync("Tab");
        await ExpectFocusAsync(page, "[data-testid=form-errors] a[href='#Input_PartnerName']");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "#Input_PartnerName");

        await page.Keyboard.TypeAsync(name);
        var listbox = page.Locator("#partner-options");
        await Assertions.Expect(listbox.GetByRole(AriaRole.Option)).ToHaveCountAsync(2);
        await Assertions.Expect(partner).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#partner-count")).ToHaveTextAsync(new Regex(language == "en" ? "^2 cities found" : "^2 Städte gefunden"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(listbox).ToBeHiddenAsync();
        await Assertions.Expect(partner).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(listbox).ToBeVisibleAsync();
        while (!(await page.EvaluateAsync<string>("() => document.getElementById(document.activeElement.getAttribute('aria-activedescendant'))?.textContent ?? ''")).Contains(belgium, StringComparison.Ordinal))
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        var active = listbox.Locator("[aria-selected=true]");
        await Assertions.Expect(active).ToHaveCountAsync(1);
        await Assertions.Expect(partner).ToHaveAttributeAsync("aria-activedescendant", (await active.GetAttributeAsync("id"))!);
        await BrowserApp.ScreenshotAsync(page, $"keyboard-partner-combobox-{language}");
        await AssertNoSeriousViolationsAsync(page, $"open combobox ({language})");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(listbox).ToBeHiddenAsync();
        await Assertions.Expect(partner).ToHaveValueAsync(new Regex($"^{name}.*{belgium}"));
        await Assertions.Expect(page.Locator("#Input_PartnerCityId")).ToHaveValueAsync(belgian.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await TabToAsync(page, "#Input_Description");
        await page.Keyboard.TypeAsync("Logged with the keyboard alone.");
        await TabToAsync(page, "main button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=status-message]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Leipzig – {name}");
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.PartnerCityId == belgian));
        Assert.Equal("Logged with the keyboard alone.", saved.Description);

        // Add an activity: a refused first try, then the title typed after following the summary's link.
        await TabToAsync(page, "a[href*='/Activities/Create']");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#Input_Title");
        await TabToAsync(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=form-errors]");
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserApp.ScreenshotAsync(page, $"keyboard-activity-refused-{language}");
        await AssertNoSeriousViolationsAsync(page, $"refused activity ({language})");
        await TabToAsync(page, "[data-testid=form-errors] a[href='#Input_Title']");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "#Input_Title");
        await page.Keyboard.TypeAsync("Keyboard delegation visit");
        await TabToAsync(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=status-message]");
        await Assertions.Expect(page.Locator("#activities")).ToContainTextAsync("Keyboard delegation visit");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_submit_a_best_practice_with_the_keyboard()
    {
        var title = $"Keyboard shade sails {Guid.NewGuid():N}"[..34];
        var page = await app.NewPageAsync(bypassContentSecurityPolicy: true);
        await SignInByKeyboardAsync(page, "duesseldorf.staff@example.org");
        await page.GotoAsync("/BestPractices/Mine");
        await TabToAsync(page, "[data-testid=new-practice]");
        await page.Keyboard.PressAsync("Enter");

        await TabToAsync(page, "#Input_English_Title");
        await page.Keyboard.TypeAsync(title);
        foreach (var (field, text) in new[]
        {
            ("#Input_English_Summary", "Shade sails over school yards, learnt from our climate twin."),
            ("#Input_English_Challenge", "School yards reach 45 °C in July."),
            ("#Input_English_Approach", "Shade sails in 12 schools."),
            ("#Input_English_Results", "Surface temperatures fell by up to 15 °C."),
            ("#Input_English_Transferability", "A building department and a small budget."),
        })
        {
            await TabToAsync(page, field);
            await page.Keyboard.TypeAsync(text);
        }

        await TabToAsync(page, "input[name='Input.AreaIds']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#sdg-13");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "[data-testid=save-and-submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=form-errors]");
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("contact person");
        await Assertions.Expect(page.Locator("#Input_English_Title")).ToHaveValueAsync(title);
        var contactLink = page.GetByTestId("form-errors").Locator("a[href='#Input_ContactName']");
        await Assertions.Expect(contactLink).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#Input_ContactName")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserApp.ScreenshotAsync(page, "keyboard-practice-refused-en");
        await AssertNoSeriousViolationsAsync(page, "refused practice");

        await TabToAsync(page, "[data-testid=form-errors] a[href='#Input_ContactName']");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "#Input_ContactName");
        await page.Keyboard.TypeAsync("Miriam Kaya");
        await TabToAsync(page, "[data-testid=save-and-submit]");
        await page.Keyboard.PressAsync("Enter");
        await ExpectFocusAsync(page, "[data-testid=status-message]");
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("submitted for review");
        await Assertions.Expect(page.GetByTestId("practice-status")).ToContainTextAsync("Submitted");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_mayor_reaches_the_table_behind_a_dashboard_chart_with_the_keyboard(string locale, string language)
    {
        var page = await app.NewPageAsync(locale);
        await SignInByKeyboardAsync(page, "leipzig.mayor@example.org");
        Assert.EndsWith("/Dashboard", page.Url, StringComparison.Ordinal);

        var table = page.GetByTestId("activities-table");
        await Assertions.Expect(table).ToBeHiddenAsync();
        await TabToAsync(page, "details.chart-data > summary");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(table).ToBeVisibleAsync();
        Assert.True(await table.Locator("tbody tr").CountAsync() > 0);
        await Assertions.Expect(table.Locator("thead th").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"keyboard-dashboard-table-{language}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_admin_filters_the_map_and_opens_its_list_alternative_with_the_keyboard(string locale, string language)
    {
        var name = "Kartenau " + Guid.NewGuid().ToString("N")[..6];
        var partner = await app.InsertCityAsync(new City(name, "PL", latitude: 50.06, longitude: 19.94));
        await app.WithDbAsync(async db =>
        {
            var leipzig = await db.Cities.SingleAsync(c => c.Name == "Leipzig" && c.IsAssociationMember);
            db.Partnerships.Add(new Partnership(leipzig.Id, partner, PartnershipKind.Friendship, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var page = await app.NewPageAsync(locale);
        await SignInByKeyboardAsync(page, "admin@example.org");

        await page.GotoAsync("/Map");
        await TabToAsync(page, "#q");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("q=Kartenau"));
        await Assertions.Expect(page.GetByTestId("association-map")).ToHaveAttributeAsync("data-lines", "1");

        await TabToAsync(page, $"a[href*='q=Kartenau']:not([href*='/Map'])");
        await page.Keyboard.PressAsync("Enter");
        var rows = page.Locator("main table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(name);
        await Assertions.Expect(rows.First).ToContainTextAsync("Leipzig");
        await BrowserApp.ScreenshotAsync(page, $"keyboard-map-list-{language}");
        await page.Context.CloseAsync();
    }

    /// <summary>Signs in as a keyboard user does: typing into the focused field, Tab, Enter; the demo admin's code too.</summary>
    private static async Task SignInByKeyboardAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login?", StringComparison.Ordinal) && !url.EndsWith("/Account/Login", StringComparison.Ordinal));
        if (new Uri(page.Url).AbsolutePath == "/Account/LoginWithTwoFactor")
        {
            await TabToAsync(page, "#Input_Code");
            await page.Keyboard.TypeAsync(Totp.Code(BrowserApp.DemoAdminAuthenticatorKey));
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(url => !url.Contains("/Account/LoginWithTwoFactor", StringComparison.Ordinal));
        }

        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector, int maxPresses = 120)
    {
        for (var presses = 0; presses <= maxPresses; presses++)
        {
            bool focused;
            try
            {
                focused = await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector);
            }
            catch (PlaywrightException error) when (error.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
            {
                // The previous key press followed a link or sent a form: look again on the page that replaces it.
                await page.WaitForLoadStateAsync();
                continue;
            }

            if (focused)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{maxPresses} presses of Tab did not reach {selector} on {page.Url}");
    }

    private static Task ExpectFocusAsync(IPage page, string selector) =>
        Assertions.Expect(page.Locator(selector)).ToBeFocusedAsync();

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var json = await AccessibilityChecks.SeriousViolationsAsync(page);
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0, $"{what}: {json}");
    }
}
