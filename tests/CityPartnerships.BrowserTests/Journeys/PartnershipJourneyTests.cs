using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

public sealed class PartnershipJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_log_a_partnership_find_it_edit_it_and_export_the_list()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "leipzig.staff@example.org");

        // Log: the partner comes from the suggestions while typing.
        await page.GotoAsync("/Partnerships/Create");
        var partner = page.GetByRole(AriaRole.Combobox, new() { Name = "Partner city" });
        await partner.PressSequentiallyAsync("toul");
        var suggestion = page.Locator("#partner-options [role=option]").First;
        await Assertions.Expect(suggestion).ToHaveTextAsync(new Regex("^Toulouse"));
        await suggestion.ClickAsync(); // the mouse chooses too; KeyboardJourneyTests use the keys
        await Assertions.Expect(partner).ToHaveValueAsync(new Regex("^Toulouse"));
        await Assertions.Expect(page.Locator("#Input_PartnerCityId")).Not.ToHaveValueAsync("");
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Contact" });
        await page.GetByLabel("Signed / started on").FillAsync("2025-03-14");
        await page.GetByLabel("Knowledge exchange").CheckAsync();
        await page.GetByLabel("Description").FillAsync("Exchange on heat action plans between the climate twins.");
        await BrowserApp.ScreenshotAsync(page, "partnership-create-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("The partnership has been logged.");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Leipzig – Toulouse");
        await BrowserApp.ScreenshotAsync(page, "partnership-details-en");

        // Find: accent-insensitive search among the register, only my city's records.
        await page.GotoAsync("/Partnerships");
        await page.GetByLabel("City name").FillAsync("toulouse");
        await page.GetByLabel("Only my city").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=toulouse.*mine=true"));
        var row = page.Locator("tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "partnerships-filtered-en");

        // Edit: the change shows in the history.
        await row.GetByRole(AriaRole.Link, new() { Name = "Leipzig" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Dormant" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Status: Active → Dormant");

        // Export: the filtered list as CSV.
        await page.GotoAsync("/Partnerships?q=toulouse&mine=true");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"Toulouse\"", csv);
        Assert.Contains("\"Dormant\"", csv);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Staff_record_an_activity_a_project_and_a_contact_on_a_partnership()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "leipzig.staff@example.org");
        await page.GotoAsync("/Partnerships?q=brno&mine=true");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Leipzig – Brno");
        var details = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Add activity" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Delegation from Brno city council");
        await page.GetByLabel("Place", new() { Exact = true }).FillAsync("Leipzig");
        await page.GetByLabel("Participants", new() { Exact = true }).FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#activities")).ToContainTextAsync("Delegation from Brno city council");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add project" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Tram maintenance exchange");
        await page.GetByLabel("Funder", new() { Exact = true }).FillAsync("EU – Interreg");
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("30000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add project" }).ClickAsync();
        await Assertions.Expect(page.Locator("#projects")).ToContainTextAsync("Tram maintenance exchange");
        await Assertions.Expect(page.Locator("#projects")).ToContainTextAsync("30,000");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add contact" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Petra Nováková");
        await page.GetByLabel("E-mail address", new() { Exact = true }).FillAsync("petra.novakova@brno.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#contacts")).ToContainTextAsync("Petra Nováková");

        await page.GotoAsync(details);
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Contact added");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Project added");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Activity added");
        await BrowserApp.ScreenshotAsync(page, "partnership-details-recorded-en");
    }

    [Theory]
    [InlineData("en-GB", "en", "Partnerships")]
    [InlineData("de-DE", "de", "Partnerschaften")]
    public async Task Register_pages_render_in_both_languages(string locale, string language, string heading)
    {
        var page = await app.NewPageAsync(locale);
        await BrowserApp.SignInAsync(page, "duesseldorf.staff@example.org");

        await page.GotoAsync("/Partnerships");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(25);
        await BrowserApp.ScreenshotAsync(page, $"partnerships-{language}");

        await page.GotoAsync("/Partnerships?q=toulouse&mine=true");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Toulouse");
        await BrowserApp.ScreenshotAsync(page, $"partnership-details-{language}");

        await page.GotoAsync("/Partnerships/Create");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Save" : "Speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"partnership-create-errors-{language}");
    }
}
