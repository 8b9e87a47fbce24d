using System.Text.Json;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>A practice from the template to the public library: staff submit, an admin publishes, anyone finds it.</summary>
public sealed class BestPracticeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Staff_submit_a_practice_an_admin_publishes_it_and_the_public_finds_it_in_both_languages()
    {
        var title = $"Shade sails for school yards {Guid.NewGuid():N}"[..40];
        var staff = await app.NewPageAsync();
        await BrowserApp.SignInAsync(staff, "duesseldorf.staff@example.org");
        await staff.GotoAsync("/BestPractices/Mine");
        await staff.GetByTestId("new-practice").ClickAsync();

        // A first attempt without a contact person: refused, nothing typed is lost.
        await staff.Locator("#Input_English_Title").FillAsync(title);
        await staff.Locator("#Input_English_Summary").FillAsync("Heat adaptation for pupils: shade sails over school yards, learnt from our climate twin.");
        await staff.Locator("#Input_English_Challenge").FillAsync("School yards reach 45 °C in July.");
        await staff.Locator("#Input_English_Approach").FillAsync("We installed **shade sails** in 12 schools, adapting Toulouse's design.");
        await staff.Locator("#Input_English_Results").FillAsync("Surface temperatures fell by up to 15 °C.");
        await staff.Locator("#Input_English_Transferability").FillAsync("A building department and a small budget.");
        await staff.GetByLabel("Climate action and environmental protection").CheckAsync();
        await staff.GetByLabel("13 – Climate action").CheckAsync();
        await staff.GetByTestId("save-and-submit").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("form-errors")).ToContainTextAsync("contact person");
        await Assertions.Expect(staff.Locator("#Input_English_Title")).ToHaveValueAsync(title);
        await BrowserApp.ScreenshotAsync(staff, "practice-form-refused-en");

        await staff.Locator("#Input_ContactName").FillAsync("Miriam Kaya");
        await staff.GetByTestId("save-and-submit").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("status-message")).ToContainTextAsync("submitted for review");
        await Assertions.Expect(staff.GetByTestId("practice-status")).ToContainTextAsync("Submitted");
        await BrowserApp.ScreenshotAsync(staff, "practice-submitted-en");

        var admin = await app.NewPageAsync("de-DE");
        await BrowserApp.SignInAsync(admin, "admin@example.org");
        await Assertions.Expect(admin.GetByTestId("practice-notices")).ToContainTextAsync(title);
        await admin.GotoAsync("/Admin/BestPractices");
        await admin.GetByTestId("review-queue").GetByRole(AriaRole.Row).Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = "Prüfen" }).ClickAsync();
        foreach (var criterion in new[] { "Bezug zum Handlungsfeld", "Belegte Wirkung", "Übertragbarkeit", "Vollständigkeit" })
        {
            await admin.GetByLabel(criterion, new() { Exact = true }).CheckAsync();
        }

        await admin.Locator("#Input_Comment").FillAsync("Gut belegt.");
        await BrowserApp.ScreenshotAsync(admin, "practice-review-de");
        await admin.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("status-message")).ToContainTextAsync("veröffentlicht");

        foreach (var (locale, language, query) in new[] { ("en-GB", "en", "adapting shade"), ("de-DE", "de", "shade sail") })
        {
            var reader = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
            await reader.GotoAsync("/");
            await reader.GetByRole(AriaRole.Link, new() { Name = language == "en" ? "Best practices" : "Gute Beispiele", Exact = true }).First.ClickAsync();
            await reader.Locator("#q").FillAsync(query);
            await reader.Locator("#q").PressAsync("Enter");
            var results = reader.GetByTestId("practice-results");
            await Assertions.Expect(results).ToContainTextAsync(title);
            await Assertions.Expect(results.Locator("mark").First).ToBeVisibleAsync();
            // The approach was written with Markdown (**shade sails**): the snippet shows the words, not the marks.
            var snippet = results.Locator("li", new() { HasText = title }).GetByTestId("snippet");
            await Assertions.Expect(snippet).ToContainTextAsync("shade sails");
            Assert.DoesNotContain("**", await snippet.TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal("[]", await SeriousViolationsAsync(reader));
            await BrowserApp.ScreenshotAsync(reader, $"library-search-{language}");

            await results.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(reader.GetByTestId("association-label")).ToBeVisibleAsync();
            await Assertions.Expect(reader.Locator("strong", new() { HasText = "shade sails" })).ToBeVisibleAsync();
            if (language == "de")
            {
                await Assertions.Expect(reader.GetByTestId("other-language")).ToBeVisibleAsync();
            }

            Assert.Equal("[]", await SeriousViolationsAsync(reader));
            await BrowserApp.ScreenshotAsync(reader, $"practice-page-{language}");
            await reader.GotoAsync("/ActionAreas");
            Assert.Equal("[]", await SeriousViolationsAsync(reader));
            await BrowserApp.ScreenshotAsync(reader, $"action-areas-{language}");
            await reader.GetByTestId("action-areas").GetByRole(AriaRole.Link).First.ClickAsync();
            await BrowserApp.ScreenshotAsync(reader, $"action-area-{language}");
            await reader.GotoAsync("/Solutions");
            Assert.Equal("[]", await SeriousViolationsAsync(reader));
            await BrowserApp.ScreenshotAsync(reader, $"solutions-{language}");
            await reader.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Removing_a_picture_asks_first_and_cancelling_keeps_it()
    {
        // A 1×1 PNG: the portal recognises pictures by their content.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var title = $"Picture draft {Guid.NewGuid():N}"[..30];
        var staff = await app.NewPageAsync();
        await BrowserApp.SignInAsync(staff, "duesseldorf.staff@example.org");
        await staff.GotoAsync("/BestPractices/Edit");
        await staff.Locator("#Input_English_Title").FillAsync(title);
        await staff.Locator("#Input_English_Summary").FillAsync("Shade sails over school yards.");
        await staff.GetByTestId("save-draft").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("status-message")).ToBeVisibleAsync();
        var id = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Domain.BestPractices.BestPracticeText>().Where(t => t.Title == title).Select(t => t.BestPracticeId)));

        await staff.GotoAsync($"/BestPractices/Pictures/{id}");
        await staff.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "shade.png", MimeType = "image/png", Buffer = png });
        await staff.Locator("#AltText").FillAsync("Shade sail over a school yard");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Add picture" }).ClickAsync();
        await Assertions.Expect(staff.Locator("main img[alt='Shade sail over a school yard']")).ToBeVisibleAsync();

        await staff.GetByRole(AriaRole.Button, new() { Name = "Delete Shade sail over a school yard" }).ClickAsync();
        var dialog = staff.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Shade sail over a school yard");
        await BrowserApp.ScreenshotAsync(staff, "practice-picture-delete-en");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(staff.Locator("main img[alt='Shade sail over a school yard']")).ToBeVisibleAsync();

        await staff.GetByRole(AriaRole.Button, new() { Name = "Delete Shade sail over a school yard" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId("confirm-delete-picture").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("status-message")).ToContainTextAsync("The picture was removed.");
        await Assertions.Expect(staff.Locator("main img")).ToHaveCountAsync(0);
    }

    private static async Task<string> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(BrowserApp.RepositoryRoot, "tests", "CityPartnerships.BrowserTests", "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) })))");
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!.Count == 0 ? "[]" : json;
    }

    [Fact]
    public async Task The_librarys_sort_choices_fit_their_list_in_both_languages_on_a_laptop_and_a_phone()
    {
        foreach (var (language, locale) in new[] { ("de", "de-DE"), ("en", "en-GB") })
        {
            foreach (var width in new[] { 1366, 390 })
            {
                var reader = await app.NewPageAsync(locale);
                await reader.SetViewportSizeAsync(width, 900);
                await reader.GotoAsync("/BestPractices");

                // Each choice's text measured in the list's own font against the room left of the arrow.
                var cutOff = await reader.EvaluateAsync<string[]>("""
                    () => {
                        const list = document.querySelector('#sort');
                        const style = getComputedStyle(list);
                        const context = document.createElement('canvas').getContext('2d');
                        context.font = style.font;
                        const room = list.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                        return [...list.options].map(o => o.text).filter(text => context.measureText(text).width > room);
                    }
                    """);
                Assert.Empty(cutOff);
                await BrowserApp.ScreenshotAsync(reader, $"library-sort-{language}-{width}");
                await reader.Context.CloseAsync();
            }
        }
    }
}
