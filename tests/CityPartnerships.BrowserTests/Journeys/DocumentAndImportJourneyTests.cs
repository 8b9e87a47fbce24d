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
}
