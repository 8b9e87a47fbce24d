using System.Text;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

public sealed class DocumentAndImportJourneyTests(BrowserApp app)
{
    // The smallest file the portal takes for a PDF: its content must start like one.
    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Staff_upload_an_agreement_download_it_and_delete_it_after_confirming()
    {
        var page = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "duesseldorf.staff@example.org");
        await page.GotoAsync("/Partnerships?mine=true&q=reading");
        await page.Locator("tbody tr a").First.ClickAsync();

        await page.Locator("#document-file").SetInputFilesAsync(new FilePayload
        {
            Name = "Partnership agreement Reading.pdf",
            MimeType = "application/pdf",
            Buffer = _pdf,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("Partnership agreement Reading.pdf");
        var documents = page.GetByTestId("documents");
        await Assertions.Expect(documents).ToContainTextAsync("Partnership agreement Reading.pdf");
        await BrowserApp.ScreenshotAsync(page, "partnership-document-uploaded-en");

        var download = await page.RunAndWaitForDownloadAsync(() => documents.GetByRole(AriaRole.Link).First.ClickAsync());
        Assert.Equal("Partnership agreement Reading.pdf", download.SuggestedFilename);
        await using (var stream = await download.CreateReadStreamAsync())
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(_pdf, copy.ToArray());
        }

        await documents.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("has been deleted");
        await Assertions.Expect(page.GetByTestId("documents-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Staff_import_a_german_spreadsheet_after_checking_the_preview()
    {
        var page = await app.NewPageAsync("de-DE");
        await BrowserApp.SignInAsync(page, "leipzig.staff@example.org");
        await page.GotoAsync("/Partnerships/Import");
        // As German Excel saves a CSV: semicolons, German dates and names, action areas in German.
        var csv = "Partnerstadt;Partnerland;Art;Status;Begonnen am;Beendet am;Beschreibung;Handlungsfelder\r\n"
            + "Guadalajara;Mexiko;Projektpartnerschaft;Geplant;01.09.2026;;Wasserversorgung und Hitzeschutz;Klima- und Umweltschutz\r\n";

        await page.Locator("#upload").SetInputFilesAsync(new FilePayload
        {
            Name = "partnerschaften.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorschau anzeigen" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("preview-summary")).ToContainTextAsync("partnerschaften.csv: 1 Zeile.");
        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview).ToContainTextAsync("Guadalajara");
        await Assertions.Expect(preview).ToContainTextAsync("1. Sept. 2026");
        await Assertions.Expect(preview).ToContainTextAsync("Klima- und Umweltschutz");
        await Assertions.Expect(page.GetByTestId("row-errors")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "partnership-import-preview-de");
        await page.GetByTestId("commit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("Import gespeichert: 1 Partnerschaft hinzugefügt, 0 aktualisiert.");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Guadalajara");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Projektpartnerschaft");
    }

    [Theory]
    [InlineData("de-DE", "leipzig.staff@example.org")]
    [InlineData("en-GB", "duesseldorf.staff@example.org")]
    public async Task Staff_choose_the_partner_of_an_ambiguous_row_import_the_good_rows_and_download_the_skipped_ones(string locale, string staff)
    {
        var german = locale.StartsWith("de", StringComparison.Ordinal);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var springfield = $"Springfield-{suffix}";
        var illinois = await app.InsertCityAsync(new Domain.Cities.City(springfield, "US", "Illinois", 39.80, -89.64, 114_394));
        await app.InsertCityAsync(new Domain.Cities.City(springfield, "US", "Missouri", 37.22, -93.30, 169_176));
        var nurtingen = $"Nürtingen-{suffix}";
        await app.InsertCityAsync(new Domain.Cities.City(nurtingen, "DE", "Baden-Württemberg", 48.63, 9.34, 41_000));
        var atlantis = $"Atlantis-{suffix}";
        string[] headers = ["Partnerstadt", "Land", "Art", "Notiz"];
        string[][] rows = [[springfield, "USA", "Städtepartnerschaft", "Schüleraustausch"], [nurtingen, "Deutschland", "Freundschaft", ""], [atlantis, "Frankreich", "", ""]];
        var page = await app.NewPageAsync(locale);
        await BrowserApp.SignInAsync(page, staff);
        await page.GotoAsync("/Partnerships/Import");

        // A German Excel workbook, and the same list as German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252,
        // where ü is one byte, and semicolons.
        FilePayload file;
        if (german)
        {
            using var workbook = new MemoryStream();
            await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, rows.Select(row => headers.Zip(row).ToDictionary(cell => cell.First, cell => (object)cell.Second)).ToList());
            file = new() { Name = "Partnerstädte.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook.ToArray() };
        }
        else
        {
            var csv = string.Concat(new[] { headers }.Concat(rows).Select(row => string.Join(';', row) + "\r\n"));
            file = new() { Name = "partnerstaedte.csv", MimeType = "text/csv", Buffer = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv) };
        }

        await page.Locator("#upload").SetInputFilesAsync(file);
        await page.Locator("form[enctype] button[type=submit]").ClickAsync();

        // "Notiz" is no import column: the columns come first, the unknown one marked, with its first values.
        var notes = page.Locator("[data-testid=columns] tr[data-header=Notiz]");
        await Assertions.Expect(notes.GetByTestId("not-recognised")).ToBeVisibleAsync();
        await Assertions.Expect(notes).ToContainTextAsync("Schüleraustausch");
        await BrowserApp.ScreenshotAsync(page, $"partnership-import-columns-{locale[..2]}");
        await page.GetByTestId("check-columns").ClickAsync();

        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview).ToContainTextAsync(nurtingen);
        await Assertions.Expect(page.Locator("tr[data-row='2']")).ToHaveAttributeAsync("data-outcome", "NeedsChoice");
        await Assertions.Expect(page.Locator("tr[data-row='4'] [data-testid=row-errors]")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"partnership-import-choice-{locale[..2]}");

        // Only the rows that need attention, then the right Springfield.
        await page.Locator("#only-attention").CheckAsync();
        await Assertions.Expect(page.Locator("tr[data-row='3']")).ToBeHiddenAsync();
        var choice = page.Locator("tr[data-row='2'] [data-testid=partner-choice]");
        await choice.SelectOptionAsync(illinois.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("commit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("commit-result")).ToContainTextAsync(german
            ? "Import gespeichert: 2 Partnerschaften hinzugefügt, 0 aktualisiert."
            : "Import saved: 2 partnerships added, 0 updated.");
        await Assertions.Expect(page.Locator("[data-testid=preview] tbody tr")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, $"partnership-import-result-{locale[..2]}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-skipped").ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        var skipped = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
        Assert.Contains(atlantis, skipped, StringComparison.Ordinal);
        Assert.DoesNotContain(springfield, skipped, StringComparison.Ordinal);

        await page.GotoAsync($"/Partnerships?mine=true&q={Uri.EscapeDataString(springfield)}");
        await page.Locator("tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Illinois");
        await page.GotoAsync($"/Partnerships?mine=true&q={Uri.EscapeDataString(nurtingen)}");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync(nurtingen);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-GB")]
    public async Task An_admins_association_file_is_previewed_with_every_column_readable_on_a_1366_pixel_screen(string locale)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var springfield = $"Springfield-{suffix}";
        await app.InsertCityAsync(new Domain.Cities.City(springfield, "US", "Illinois", 39.80, -89.64, 114_394));
        await app.InsertCityAsync(new Domain.Cities.City(springfield, "US", "Missouri", 37.22, -93.30, 169_176));
        var atlantis = $"Atlantis-{suffix}";
        var csv = $"Own city;Partner city;Partner country;Partner region;Kind;Status;Started on;Ended on;Action areas\r\n"
            + $"Düsseldorf;{springfield};USA;;Twinning;Active;05/1988;;\"Climate action and environmental protection; Health\"\r\n"
            + $"Leipzig;{atlantis};France;;Friendship;Ended;1990;2001;\r\n";
        var page = await app.NewPageAsync(locale);
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync("/Partnerships/Import");

        await Assertions.Expect(page.GetByTestId("import-for")).ToHaveValueAsync("all");
        await BrowserApp.ScreenshotAsync(page, $"partnership-import-for-{locale[..2]}");
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload { Name = "association.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.Locator("form[enctype] button[type=submit]").ClickAsync();

        // Row 2: two Springfields to choose from, and an action area the portal does not have ("Health").
        await Assertions.Expect(page.Locator("tr[data-row='2'] [data-testid=partner-choice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-row='2'] [data-testid=row-errors]")).ToContainTextAsync("Health");
        await Assertions.Expect(page.Locator("tr[data-row='3'] [data-testid=row-errors]")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"partnership-import-association-{locale[..2]}");
        // No column hidden behind a horizontal scroll bar: the reasons at the right end are what the user reads.
        var overflow = await page.EvaluateAsync<int>("() => { const box = document.querySelector('#preview').closest('.table-responsive'); return box.scrollWidth - box.clientWidth; }");
        Assert.True(overflow <= 0, $"The preview is {overflow} px wider than the page at 1366 px.");
    }
}
