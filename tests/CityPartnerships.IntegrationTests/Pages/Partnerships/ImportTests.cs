using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class ImportTests(PortalApp app)
{
    private const string ImportPage = "/Partnerships/Import";

    [Fact]
    public async Task The_preview_shows_every_row_with_its_errors_by_column_and_nothing_is_saved_before_the_commit()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync(country: "FR");
        var atlantis = Unique.Name("Atlantis");
        var csv = $"""
            Partner city,Partner country,Kind,Status,Started on,Ended on
            {partner.Name},FR,Twinning,Active,2021-06-01,
            {atlantis},FR,Friendship,Active,,
            {partner.Name},France,Contact,Active,2023-13-45,
            {partner.Name},FR,Friendship,Ended,2020-05-01,2019-01-01
            """;

        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Equal(4, preview.QuerySelectorAll("[data-testid=preview] tbody tr").Length);
        Assert.Null(Row(preview, 2).QuerySelector("[data-testid=row-errors]"));
        Assert.Contains(partner.Name, Row(preview, 2).TextContent);
        Assert.Contains("1 Jun 2021", Row(preview, 2).TextContent);
        Assert.Equal("Partner city: This city is not in the register. Check the spelling, or ask your association admin to add it.",
            Errors(preview, 3).Single());
        Assert.Equal("Started on: “2023-13-45”: This day or month does not exist.", Errors(preview, 4).Single());
        Assert.Equal("Ended on: The end date cannot be before the start date.", Errors(preview, 5).Single());
        var counts = preview.QuerySelector("[data-testid=preview-counts]")?.TextContent;
        Assert.Contains("To add: 1", counts);
        Assert.Contains("With errors: 3", counts);
        Assert.Equal("Import 1 ready row", preview.QuerySelector("[data-testid=commit]")?.TextContent.Trim());
        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Fact]
    public async Task A_file_written_as_wikipedias_lists_write_it_is_previewed_without_errors_and_imported()
    {
        var (own, client) = await StaffAsync();
        var english = await app.InsertCityAsync(country: "GB");
        var irish = await app.InsertCityAsync(country: "IE");
        var french = await app.InsertCityAsync(country: "FR");
        var csv = $"""
            Stadt;Land;Art;Status
            {english.Name};England;Sister city;aktiv
            {irish.Name};Republic of Ireland;Twin town;active
            {french.Name};FRA;Friendship city;dormant
            """;

        var preview = await (await UploadAsync(client, "twin-towns.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Equal(3, preview.QuerySelectorAll("[data-testid=preview] tbody tr").Length);
        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));
        Assert.Null(preview.QuerySelector("[data-testid=ignored-columns]"));
        Assert.Contains(english.Name, Row(preview, 2).TextContent);
        Assert.Contains(irish.Name, Row(preview, 3).TextContent);
        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var imported = await app.WithDbAsync(db => db.Partnerships.Where(p => p.CityId == own.Id)
            .OrderBy(p => p.Id).Select(p => new { p.PartnerCityId, p.Kind, p.Status }).ToListAsync());
        Assert.Equal(
            [(english.Id, PartnershipKind.Twinning, PartnershipStatus.Active), (irish.Id, PartnershipKind.Twinning, PartnershipStatus.Active),
                (french.Id, PartnershipKind.Friendship, PartnershipStatus.Dormant)],
            imported.Select(p => (p.PartnerCityId, p.Kind, p.Status)));
    }

    [Fact]
    public async Task A_year_alone_is_imported_as_a_year_and_a_day_that_could_be_either_way_round_is_refused()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync(country: "GB");
        var other = await app.InsertCityAsync(country: "GB");
        var csv = $"City;Country;Since\n{partner.Name};Wales;1988\n{other.Name};Wales;05/06/1988\n";

        var preview = await (await UploadAsync(client, "twin-towns.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Empty(Errors(preview, 2));
        Assert.Contains("1988", preview.QuerySelector("[data-row='2']")?.TextContent);
        Assert.DoesNotContain("1 Jan 1988", preview.QuerySelector("[data-testid=preview]")?.TextContent);
        Assert.StartsWith("Started on: “05/06/1988”: Day and month could be either way round here", Errors(preview, 3).Single());

        await PostFormAsync(client, preview, "[data-testid=commit-form]");

        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.CityId == own.Id).ToListAsync());
        Assert.Equal([(partner.Id, (PartialDate?)PartialDate.OfYear(1988))], saved.Select(p => (p.PartnerCityId, p.Started)));
    }

    [Fact]
    public async Task A_commit_posted_directly_with_a_forged_or_edited_payload_imports_nothing()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync();
        var preview = await (await UploadAsync(client, "clean.csv", Encoding.UTF8.GetBytes($"Partner city\n{partner.Name}\n"))).ToDocumentAsync();
        var payload = preview.QuerySelector("input[name=payload]")!.GetAttribute("value")!;
        Assert.NotEmpty(payload);
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            $$$"""{"FileName":"x.csv","CityId":{{{own.Id}}},"Rows":[{"Number":2,"Values":{"PartnerCity":"{{{partner.Name}}}"}}]}"""));
        var middle = payload.Length / 2;
        var edited = payload[..middle] + (payload[middle] == 'A' ? 'B' : 'A') + payload[(middle + 1)..];

        foreach (var attempt in new[] { forged, edited, string.Empty })
        {
            var response = await PostFormAsync(client, preview, "[data-testid=commit-form]", new() { ["payload"] = attempt });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ToDocumentAsync();
            Assert.Contains("Nothing was imported: the preview has expired or was changed.", page.QuerySelector("[data-testid=commit-problem]")?.TextContent);
        }

        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Theory]
    [InlineData("en", "This import was already saved")]
    [InlineData("de", "Dieser Import wurde bereits gespeichert")]
    public async Task A_preview_committed_twice_imports_its_rows_once_and_the_second_commit_says_so(string language, string message)
    {
        var (own, client) = await StaffAsync(language);
        var first = await app.InsertCityAsync();
        var second = await app.InsertCityAsync();
        // Only active partnerships are unique in the database: the dormant and ended rows rely on the commit being accepted once.
        var csv = $"Partner city,Kind,Status,Ended on\n{first.Name},Twinning,Active,\n{second.Name},Friendship,Dormant,\n{second.Name},Contact,Ended,2024-01-01\n";
        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();
        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));

        var once = await PostFormAsync(client, preview, "[data-testid=commit-form]");
        var twice = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        var list = await client.GetDocumentAsync(twice.Headers.Location!.OriginalString);
        Assert.StartsWith(message, list.QuerySelector("[data-testid=status-message]")?.TextContent.Trim());
        Assert.Equal(3, await PartnershipCountAsync(own.Id));
        Assert.Equal(3, list.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Two_commits_of_one_preview_at_the_same_moment_import_its_rows_once()
    {
        var (own, client) = await StaffAsync();
        var partners = new[] { await app.InsertCityAsync(), await app.InsertCityAsync() };
        var csv = "Partner city,Kind,Status\n" + string.Concat(partners.Select(p => $"{p.Name},Friendship,Proposed\n"));
        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostFormAsync(client, preview, "[data-testid=commit-form]")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(2, await PartnershipCountAsync(own.Id));
    }

    [Fact]
    public async Task A_pair_already_in_the_register_is_recognised_whatever_its_status_and_skipped_or_updated_never_added_twice()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync();
        var first = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes($"Partner city,Kind,Status\n{partner.Name},Contact,Dormant\n"))).ToDocumentAsync();
        var response = await PostFormAsync(client, first, "[data-testid=commit-form]");
        Assert.Contains("Import saved: 1 partnership added, 0 updated.", (await client.GetDocumentAsync(response.Headers.Location!.OriginalString))
            .QuerySelector("[data-testid=status-message]")?.TextContent);

        // The same pair and kind again, now ended: recognised, left as it is unless the user ticks "update".
        var again = await (await UploadAsync(client, "partners.csv",
            Encoding.UTF8.GetBytes($"Partner city,Kind,Status,Ended on\n{partner.Name},Contact,Ended,2025-06-30\n"))).ToDocumentAsync();
        Assert.Contains("Already in the register (Dormant)", Row(again, 2).QuerySelector("[data-testid=row-outcome]")?.TextContent);
        Assert.True((again.QuerySelector("[data-testid=commit]") as IHtmlButtonElement)?.IsDisabled);
        var updated = await PostFormAsync(client, again, "[data-testid=commit-form]", new() { ["update"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Contains("Import saved: 0 partnerships added, 1 updated.", (await client.GetDocumentAsync(updated.Headers.Location!.OriginalString))
            .QuerySelector("[data-testid=status-message]")?.TextContent);
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.CityId == own.Id).ToListAsync());
        var only = Assert.Single(saved);
        Assert.Equal((PartnershipStatus.Ended, new DateOnly(2025, 6, 30)), (only.Status, only.EndedOn));
    }

    [Fact]
    public async Task A_payload_made_for_another_user_is_refused()
    {
        var (own, client) = await StaffAsync();
        var colleague = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var partner = await app.InsertCityAsync();
        var preview = await (await UploadAsync(client, "clean.csv", Encoding.UTF8.GetBytes($"Partner city\n{partner.Name}\n"))).ToDocumentAsync();
        var payload = preview.QuerySelector("input[name=payload]")!.GetAttribute("value")!;
        var colleaguesPage = await colleague.GetDocumentAsync(ImportPage);

        var response = await PostFormAsync(colleague, colleaguesPage, "form[enctype]", new() { ["payload"] = payload },
            $"{ImportPage}?handler=Commit");

        Assert.Contains("Nothing was imported", (await response.ToDocumentAsync()).QuerySelector("[data-testid=commit-problem]")?.TextContent);
        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Fact]
    public async Task A_german_semicolon_csv_imports_every_row_with_its_history()
    {
        var (own, client) = await StaffAsync("de");
        var lyon = await app.InsertCityAsync("Lyôn " + Guid.NewGuid().ToString("N")[..6], country: "FR");
        var graz = await app.InsertCityAsync(country: "AT");
        // As German Excel saves "CSV UTF-8": byte order mark, semicolons, quotes only where needed, German dates;
        // action areas by their German or English names.
        var csv = $"Partnerstadt;Partnerland;Art;Status;Begonnen am;Beendet am;Beschreibung;Handlungsfelder\r\n"
            + $"{lyon.Name.Replace("ô", "o", StringComparison.Ordinal)};Frankreich;Städtepartnerschaft;Aktiv;14.03.2025;;\"Schulen; Sport\";\"Wirtschaft und Wohlstand; Knowledge exchange\"\r\n"
            + $"{graz.Name};Österreich;Projektpartnerschaft;Beendet;1.2.2019;31.12.2022;;\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var preview = await (await UploadAsync(client, "partnerschaften.csv", bytes)).ToDocumentAsync();
        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));
        Assert.Contains(lyon.Name, Row(preview, 2).TextContent);
        Assert.Contains("14. März 2025", Row(preview, 2).TextContent);
        Assert.Contains("Wirtschaft und Wohlstand, Wissensaustausch", Row(preview, 2).TextContent);
        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Partnerships?mine=true", response.Headers.Location?.OriginalString);
        var list = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Import gespeichert: 2 Partnerschaften hinzugefügt, 0 aktualisiert.", list.QuerySelector("[data-testid=status-message]")?.TextContent);
        var rows = list.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains(lyon.Name, StringComparison.Ordinal) && r.Contains("Städtepartnerschaft", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(graz.Name, StringComparison.Ordinal) && r.Contains("Beendet", StringComparison.Ordinal));
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Include(p => p.ActionAreas)
            .SingleAsync(p => p.CityId == own.Id && p.PartnerCityId == lyon.Id));
        Assert.Equal(new DateOnly(2025, 3, 14), saved.StartedOn);
        Assert.Equal("Schulen; Sport", saved.Description);
        Assert.Equal(["Economic prosperity", "Knowledge exchange"], saved.ActionAreas.Select(a => a.Name).Order());
        await AssertCreatedInHistoryAsync(client, own.Id, "Angelegt");
    }

    [Fact]
    public async Task An_xlsx_workbook_imports_every_row()
    {
        var (own, client) = await StaffAsync();
        var first = await app.InsertCityAsync(country: "PL");
        var second = await app.InsertCityAsync(country: "GH");
        var sheet = new List<Dictionary<string, object?>>
        {
            new() { ["Partner city"] = first.Name, ["Partner country"] = "Poland", ["Kind"] = "Friendship", ["Status"] = "Dormant", ["Started on"] = new DateTime(2012, 9, 1), ["Notes"] = "ignored" },
            new() { ["Partner city"] = second.Name, ["Partner country"] = "GH", ["Kind"] = "Project partnership", ["Status"] = "Proposed", ["Started on"] = null, ["Notes"] = null },
        };
        using var workbook = new MemoryStream();
        await MiniExcel.SaveAsAsync(workbook, sheet);

        // "Notes" is not an import column: the columns come first, with "Notes" marked, then the preview.
        var columns = await (await UploadAsync(client, "partners.xlsx", workbook.ToArray())).ToDocumentAsync();
        Assert.Equal(["Notes"], NotRecognised(columns));
        Assert.Null(columns.QuerySelector("[data-testid=preview]"));
        var preview = await (await PostFormAsync(client, columns, "[data-testid=columns-form]")).ToDocumentAsync();
        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));
        Assert.Contains("Notes", preview.QuerySelector("[data-testid=ignored-columns]")?.TextContent);
        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Import saved: 2 partnerships added, 0 updated.", list.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Equal(2, list.QuerySelectorAll("tbody tr").Length);
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.CityId == own.Id).OrderBy(p => p.Id).ToListAsync());
        (int, PartnershipKind, PartnershipStatus, DateOnly?)[] expected =
        [
            (first.Id, PartnershipKind.Friendship, PartnershipStatus.Dormant, new DateOnly(2012, 9, 1)),
            (second.Id, PartnershipKind.ProjectPartnership, PartnershipStatus.Proposed, null),
        ];
        Assert.Equal(expected, saved.Select(p => (p.PartnerCityId, p.Kind, p.Status, p.StartedOn)));
        await AssertCreatedInHistoryAsync(client, own.Id, "Created");
    }

    [Fact]
    public async Task Headers_the_import_does_not_know_are_shown_first_and_the_columns_chosen_for_them_decide_the_partner()
    {
        var (own, client) = await StaffAsync();
        // Namesakes: only the country column, under a heading the import does not know, tells them apart.
        var name = Unique.Name("Antwerpen");
        var belgian = await app.InsertCityAsync(name, member: false, country: "BE");
        await app.InsertCityAsync(name, member: false, country: "US");
        var csv = $"Partnerkommune;Nation;Bemerkung\n{name};Belgien;seit Jahren\n";

        var columns = await (await UploadAsync(client, "kommunen.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Null(columns.QuerySelector("[data-testid=preview]"));
        Assert.Equal(["Partnerkommune", "Nation", "Bemerkung"],
            NotRecognised(columns));
        Assert.Contains("Belgien", columns.QuerySelector("[data-testid=columns] tbody tr[data-header=Nation]")?.TextContent);
        Assert.Equal("Choose which column holds “Partner city”: nothing can be imported without it.",
            columns.QuerySelector("[data-testid=column-problems]")?.TextContent.Trim());

        var preview = await (await PostFormAsync(client, columns, "[data-testid=columns-form]",
            new() { ["column[0]"] = "PartnerCity", ["column[1]"] = "PartnerCountry" })).ToDocumentAsync();

        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));
        Assert.Contains("Belgium", Row(preview, 2).TextContent);
        Assert.Contains("Bemerkung", preview.QuerySelector("[data-testid=ignored-columns]")?.TextContent);

        // Back to the columns from the preview: the choices made are still there.
        var again = await (await PostFormAsync(client, preview, "[data-testid=commit-form]",
            action: preview.QuerySelector("[data-testid=edit-columns]")!.GetAttribute("formaction"))).ToDocumentAsync();
        Assert.Equal(["PartnerCity", "PartnerCountry", ""],
            again.QuerySelectorAll("[data-testid=column-choice]").OfType<IHtmlSelectElement>().Select(s => s.Value));

        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([belgian.Id], await app.WithDbAsync(db => db.Partnerships.Where(p => p.CityId == own.Id).Select(p => p.PartnerCityId).ToListAsync()));
    }

    [Fact]
    public async Task A_column_chosen_for_two_headings_is_refused_with_both_named_and_the_choices_kept()
    {
        var (own, client) = await StaffAsync("de");
        var partner = await app.InsertCityAsync(country: "FR");
        var csv = $"Kommune;Nation\n{partner.Name};Frankreich\n";
        var columns = await (await UploadAsync(client, "kommunen.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        var refused = await (await PostFormAsync(client, columns, "[data-testid=columns-form]",
            new() { ["column[0]"] = "PartnerCity", ["column[1]"] = "PartnerCity" })).ToDocumentAsync();

        Assert.Null(refused.QuerySelector("[data-testid=preview]"));
        Assert.Equal("„Partnerstadt“ ist für „Kommune“, „Nation“ gewählt. Wählen Sie es nur für eine Spalte.",
            refused.QuerySelector("[data-testid=column-problems]")?.TextContent.Trim());
        Assert.Equal(["PartnerCity", "PartnerCity"],
            refused.QuerySelectorAll("[data-testid=column-choice]").OfType<IHtmlSelectElement>().Select(s => s.Value));

        // The columns step's file cannot be committed as it stands: nothing is saved, and the user is told why.
        var forced = await PostFormAsync(client, refused, "[data-testid=columns-form]", action: $"{ImportPage}?handler=Commit");
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.NotNull((await forced.ToDocumentAsync()).QuerySelector("[data-testid=commit-problem]"));
        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Fact]
    public async Task A_pair_a_colleague_logs_after_the_preview_is_recognised_at_the_commit_and_not_added_twice()
    {
        var (own, client) = await StaffAsync();
        var first = await app.InsertCityAsync();
        var second = await app.InsertCityAsync();
        var csv = $"Partner city,Kind,Status\n{first.Name},Twinning,Active\n{second.Name},Twinning,Active\n";
        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();
        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));

        // A colleague logs the second partnership while the preview is open.
        await app.InsertPartnershipAsync(second.Id, own.Id, PartnershipKind.Twinning);
        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Import saved: 1 partnership added, 0 updated.", (await client.GetDocumentAsync(response.Headers.Location!.OriginalString))
            .QuerySelector("[data-testid=status-message]")?.TextContent);
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking()
            .Where(p => p.CityId == own.Id || p.PartnerCityId == own.Id).Select(p => p.CityId == own.Id ? p.PartnerCityId : p.CityId).OrderBy(id => id).ToListAsync());
        Assert.Equal([first.Id, second.Id], saved);
    }

    [Fact]
    public async Task Ready_rows_are_imported_and_the_rows_left_out_download_with_their_reasons_to_fix_and_upload_again()
    {
        var (own, client) = await StaffAsync("de");
        var partner = await app.InsertCityAsync(country: "FR");
        var atlantis = Unique.Name("Atlantis");
        var csv = $"Partnerstadt;Partnerland;Begonnen am\n{partner.Name};FR;01.06.2021\n{atlantis};FR;\n{partner.Name};FR;05/06/1988\n";
        var preview = await (await UploadAsync(client, "liste.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ToDocumentAsync();
        Assert.Contains("Import gespeichert: 1 Partnerschaft hinzugefügt, 0 aktualisiert.", result.QuerySelector("[data-testid=commit-result]")?.TextContent);
        Assert.Equal(["3", "4"], result.QuerySelectorAll("[data-testid=preview] tbody tr").Select(r => r.GetAttribute("data-row")));
        Assert.Equal(1, await PartnershipCountAsync(own.Id));

        var download = await PostFormAsync(client, result, "[data-testid=commit-form]",
            action: result.QuerySelector("[data-testid=download-skipped]")!.GetAttribute("formaction"));
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var lines = (await download.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"Partnerstadt\";\"Partnerland\";\"Region der Partnerstadt\";", lines[0]);
        Assert.EndsWith(";\"Ergebnis\"", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"\"{atlantis}\";\"FR\";", lines[1]);
        Assert.Contains("Diese Stadt ist nicht im Verzeichnis", lines[1]);
        Assert.Contains("„05/06/1988“: Tag und Monat lassen sich hier in beiden Reihenfolgen lesen", lines[2]);

        // The file of skipped rows reads back: the same two rows with the same reasons, and nothing else lost.
        var again = await (await UploadAsync(client, "liste-übersprungen.csv", Encoding.UTF8.GetBytes(string.Join("\n", lines)))).ToDocumentAsync();
        Assert.Equal(2, again.QuerySelectorAll("[data-testid=preview] tbody tr").Length);
        Assert.Contains("Ergebnis", again.QuerySelector("[data-testid=ignored-columns]")?.TextContent);
    }

    [Fact]
    public async Task Duplicates_the_own_city_and_unknown_values_are_errors()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync();
        var existing = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, existing.Id, PartnershipKind.Friendship);
        var csv = $"""
            Partner city;Kind;Status;Action areas
            {partner.Name};Twinning;Active;
            {partner.Name};twinning;active;
            {own.Name};Twinning;Active;
            {existing.Name};Friendship;Active;
            {partner.Name};Sisterhood;Asleep;Space travel
            """;

        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Null(Row(preview, 2).QuerySelector("[data-testid=row-errors]"));
        Assert.Equal("Kind: Row 2 of this file already has an active partnership of this kind with this city.", Errors(preview, 3).Single());
        Assert.Equal("Partner city: A city cannot be in a partnership with itself. Choose another partner city.", Errors(preview, 4).Single());
        Assert.Contains("Already in the register (Active)", Row(preview, 5).QuerySelector("[data-testid=row-outcome]")?.TextContent);
        Assert.Equal([
            "Kind: “Sisterhood” is not a kind of partnership. Use Twinning, Friendship, Contact or Project partnership.",
            "Status: “Asleep” is not a status. Use Proposed, Active, Dormant or Ended.",
            "Action areas: “Space travel” is not an action area of the portal.",
        ], Errors(preview, 6));
    }

    [Fact]
    public async Task Nul_characters_in_cells_and_the_file_name_are_dropped()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync();
        var csv = $"Partner city,Kind,Description\n{partner.Name}\0,Twin\0ning,Schools\0 and sport\n";

        var preview = await (await UploadAsync(client, "part\0ners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Empty(preview.QuerySelectorAll("[data-testid=row-errors]"));
        Assert.Contains("partners.csv", preview.QuerySelector("[data-testid=preview-summary]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, preview, "[data-testid=commit-form]")).StatusCode);
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.CityId == own.Id));
        Assert.Equal((partner.Id, "Schools and sport"), (saved.PartnerCityId, saved.Description));
    }

    [Fact]
    public async Task A_city_name_shared_by_several_countries_is_offered_to_choose_unless_the_country_decides()
    {
        var (own, client) = await StaffAsync();
        var name = Unique.Name("Paris");
        var french = await app.InsertCityAsync(name, country: "FR");
        var american = await app.InsertCityAsync(name, country: "US");
        var csv = $"Partner city,Partner country,Kind\n{name},,\n{name},France,Twinning\n{name},Frankreich,Friendship\n{name},DE,\n{name},Narnia,\n";

        var preview = await (await UploadAsync(client, "partners.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Equal("NeedsChoice", Row(preview, 2).GetAttribute("data-outcome"));
        var choice = (IHtmlSelectElement)Row(preview, 2).QuerySelector("[data-testid=partner-choice]")!;
        Assert.Equal(["0", .. new[] { french.Id, american.Id }.Select(id => id.ToString(CultureInfo.InvariantCulture)).Order()], choice.Options.Select(o => o.Value).Order());
        Assert.Equal("0", choice.Value);
        Assert.Null(Row(preview, 3).QuerySelector("[data-testid=row-errors]"));
        Assert.Contains("France", Row(preview, 3).TextContent);
        Assert.Null(Row(preview, 4).QuerySelector("[data-testid=row-errors]"));
        Assert.Equal("Partner city: This city is not in the register for Germany.", Errors(preview, 5).Single());
        Assert.StartsWith("Partner country: “Narnia” is not a country we know.", Errors(preview, 6).Single());

        // The user picks the American one for row 2: it is imported with the others that are ready.
        var response = await PostFormAsync(client, preview, "[data-testid=commit-form]", new() { ["partner[2]"] = american.Id.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var partners = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.CityId == own.Id)
            .Select(p => new { p.PartnerCityId, p.Kind }).ToListAsync());
        (int, PartnershipKind)[] expected = [(american.Id, PartnershipKind.Twinning), (french.Id, PartnershipKind.Friendship), (french.Id, PartnershipKind.Twinning)];
        Assert.Equal(expected.Order(), partners.Select(p => (p.PartnerCityId, p.Kind)).Order());
    }

    [Theory]
    [InlineData("en", "Choose a .csv or .xlsx file.")]
    [InlineData("de", "Wählen Sie eine .csv- oder .xlsx-Datei.")]
    public async Task A_file_of_another_type_is_refused(string language, string message)
    {
        var (_, client) = await StaffAsync(language);

        var page = await (await UploadAsync(client, "partners.xls", [0xD0, 0xCF, 0x11, 0xE0])).ToDocumentAsync();

        Assert.Contains(message, page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=preview]"));
    }

    [Fact]
    public async Task Files_over_the_limits_or_without_rows_are_refused_with_a_clear_message()
    {
        var (own, client) = await StaffAsync();
        var partner = await app.InsertCityAsync();
        var tooMany = "Partner city\n" + string.Concat(Enumerable.Repeat(partner.Name + "\n", 1001));
        var tooLarge = "Partner city,Description\n" + partner.Name + "," + new string('x', 2 * 1024 * 1024) + "\n";

        async Task<string?> ProblemAsync(string fileName, byte[] content) =>
            (await (await UploadAsync(client, fileName, content)).ToDocumentAsync()).QuerySelector("[data-testid=form-errors] li")?.TextContent.Trim();

        Assert.Equal("The file has more than 1000 rows. Split it into files of at most 1000 rows.",
            await ProblemAsync("many.csv", Encoding.UTF8.GetBytes(tooMany)));
        Assert.Equal("The file is larger than 2 MB. Split it into smaller files.", await ProblemAsync("large.csv", Encoding.UTF8.GetBytes(tooLarge)));
        Assert.Equal("The file has no rows to import below the header row.", await ProblemAsync("no-header.csv", Encoding.UTF8.GetBytes($"{partner.Name},FR\n")));
        Assert.StartsWith("The file cannot be read as a spreadsheet.", await ProblemAsync("fake.xlsx", Encoding.UTF8.GetBytes("Partner city\nx\n")));
        Assert.Equal("Choose a file to import.", await ProblemAsync("empty.csv", []));
        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Theory]
    [InlineData("en", "The file is larger than 2 MB. Split it into smaller files.")]
    [InlineData("de", "Die Datei ist größer als 2 MB.")]
    public async Task A_huge_upload_is_refused_before_it_is_read_and_the_user_is_told_why(string language, string message)
    {
        var (own, client) = await StaffAsync(language);

        var response = await UploadAsync(client, "huge.csv", new byte[9 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ImportPage, response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync(ImportPage);
        Assert.StartsWith(message, page.QuerySelector("[data-testid=error-message]")?.TextContent.Trim());
        Assert.Equal(0, await PartnershipCountAsync(own.Id));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task The_template_reads_back_as_a_file_with_one_row(string language)
    {
        var (_, client) = await StaffAsync(language);
        var page = await client.GetDocumentAsync(ImportPage);
        var template = await client.GetAsync(page.QuerySelector("[data-testid=template]")!.GetAttribute("href"));
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);

        var preview = await (await UploadAsync(client, "template.csv", await template.Content.ReadAsByteArrayAsync())).ToDocumentAsync();

        // Only the example city is unknown: every column, the kind, status, date and action areas were understood.
        Assert.Single(preview.QuerySelectorAll("[data-testid=preview] tbody tr"));
        var error = Assert.Single(preview.QuerySelectorAll("[data-testid=row-errors] li"));
        Assert.StartsWith(language == "de" ? "Partnerstadt: Diese Stadt ist nicht im Verzeichnis." : "Partner city: This city is not in the register.",
            error.TextContent);
        Assert.Null(preview.QuerySelector("[data-testid=ignored-columns]"));
    }

    [Fact]
    public async Task Mayors_offices_do_not_import()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, (await app.InsertCityAsync()).Id));

        var response = await client.GetAsync(ImportPage);
        var list = await client.GetDocumentAsync("/Partnerships");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Null(list.QuerySelector("[data-testid=import]"));
    }

    [Fact]
    public async Task Staff_find_the_import_next_to_logging_a_partnership()
    {
        var (_, client) = await StaffAsync();

        var list = await client.GetDocumentAsync("/Partnerships");

        Assert.Equal(ImportPage, list.QuerySelector("[data-testid=import]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_export_of_a_citys_list_imports_back_and_changes_nothing()
    {
        var (own, client) = await StaffAsync("de");
        var logged = await app.InsertCityAsync(country: "FR");
        var loggedByPartner = await app.InsertCityAsync(country: "PL");
        var first = await app.InsertPartnershipAsync(own.Id, logged.Id, description: "Unverändert");
        await app.InsertPartnershipAsync(loggedByPartner.Id, own.Id, PartnershipKind.Friendship, PartnershipStatus.Dormant);
        await app.WithDbAsync(async db =>
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == first.Id);
            partnership.UpdateDetails(partnership.Kind, partnership.Status, PartialDate.OfYear(1988), null, partnership.Description);
            await db.SaveChangesAsync();
            return 0;
        });
        var before = await SnapshotAsync(own.Id);

        var export = await client.GetAsync("/Partnerships?handler=Export&mine=true");
        var file = await export.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(file);
        Assert.Contains("\"Region der Partnerstadt\"", text);
        Assert.Contains(";\"1988\";", text);

        var preview = await (await UploadAsync(client, "export.csv", file)).ToDocumentAsync();

        Assert.Equal(["SkipExisting", "SkipExisting"], preview.QuerySelectorAll("[data-testid=preview] tbody tr").Select(r => r.GetAttribute("data-outcome")));
        Assert.True((preview.QuerySelector("[data-testid=commit]") as IHtmlButtonElement)?.IsDisabled);
        Assert.Equal(before, await SnapshotAsync(own.Id));
    }

    [Fact]
    public async Task A_row_of_another_city_in_a_citys_file_is_refused_with_the_reason()
    {
        var (own, client) = await StaffAsync();
        var stranger = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var csv = $"City,Partner city\n{stranger.Name},{partner.Name}\n{own.Name},{partner.Name}\n";

        var preview = await (await UploadAsync(client, "mixed.csv", Encoding.UTF8.GetBytes(csv))).ToDocumentAsync();

        Assert.Equal($"Own city: “{stranger.Name}” is not {own.Name}: this import adds {own.Name}'s partnerships only.", Errors(preview, 2).Single());
        Assert.Equal("Add", Row(preview, 3).GetAttribute("data-outcome"));
    }

    [Fact]
    public async Task Admins_import_for_a_member_city_they_choose_or_for_the_whole_association()
    {
        var member = await app.InsertCityAsync();
        var otherMember = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "IT");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var memberId = member.Id.ToString(CultureInfo.InvariantCulture);

        var form = await admin.GetDocumentAsync(ImportPage);
        Assert.Contains(form.QuerySelectorAll("[data-testid=import-for] option"), o => o.GetAttribute("value") == memberId);

        var forMember = await (await UploadAsync(admin, "list.csv", Encoding.UTF8.GetBytes($"Partner city\n{partner.Name}\n"), memberId)).ToDocumentAsync();
        Assert.Contains($"Import for {member.Name}", forMember.QuerySelector("[data-testid=import-for-summary]")?.TextContent);
        await PostFormAsync(admin, forMember, "[data-testid=commit-form]");

        var association = await (await UploadAsync(admin, "association.csv",
            Encoding.UTF8.GetBytes($"City,Partner city,Since\n{otherMember.Name},{partner.Name},05/1990\n"), "all")).ToDocumentAsync();
        await PostFormAsync(admin, association, "[data-testid=commit-form]");

        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.PartnerCityId == partner.Id).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([(member.Id, (PartialDate?)null), (otherMember.Id, PartialDate.OfMonth(1990, 5))], saved.Select(p => (p.CityId, p.Started)));
    }

    [Fact]
    public async Task Staff_cannot_import_for_another_city_by_naming_it()
    {
        var (own, client) = await StaffAsync();
        var other = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();

        var preview = await (await UploadAsync(client, "list.csv", Encoding.UTF8.GetBytes($"Partner city\n{partner.Name}\n"),
            other.Id.ToString(CultureInfo.InvariantCulture))).ToDocumentAsync();
        await PostFormAsync(client, preview, "[data-testid=commit-form]");

        Assert.Equal(0, await PartnershipCountAsync(other.Id));
        Assert.True(await app.WithDbAsync(db => db.Partnerships.AnyAsync(p => p.CityId == own.Id && p.PartnerCityId == partner.Id)));
    }

    private Task<string> SnapshotAsync(int cityId) => app.WithDbAsync(async db => string.Join("\n",
        (await db.Partnerships.AsNoTracking().Where(p => p.CityId == cityId || p.PartnerCityId == cityId).OrderBy(p => p.Id).ToListAsync())
        .Select(p => $"{p.Id} {p.CityId} {p.PartnerCityId} {p.Kind} {p.Status} {p.Started} {p.Ended} {p.Description} {p.LastVerifiedAt:O} {p.Version}")));

    private async Task<(City Own, HttpClient Client)> StaffAsync(string? language = null)
    {
        var own = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);
        return (own, client);
    }

    private Task<int> PartnershipCountAsync(int cityId) =>
        app.WithDbAsync(db => db.Partnerships.CountAsync(p => p.CityId == cityId || p.PartnerCityId == cityId));

    private async Task AssertCreatedInHistoryAsync(HttpClient client, int cityId, string created)
    {
        var ids = await app.WithDbAsync(db => db.Partnerships.Where(p => p.CityId == cityId).Select(p => p.Id).ToListAsync());
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var details = await client.GetDocumentAsync($"/Partnerships/Details/{id}");
            Assert.Contains(created, details.QuerySelector("[data-testid=history]")?.TextContent);
        }
    }

    private static IElement Row(IDocument preview, int number) =>
        preview.QuerySelector($"[data-testid=preview] tbody tr[data-row='{number}']")
        ?? throw new InvalidOperationException($"The preview has no row {number}.");

    /// <summary>The headings that the columns step marks as not recognised.</summary>
    private static List<string> NotRecognised(IDocument columns) =>
        [.. columns.QuerySelectorAll("[data-testid=columns] tbody tr")
            .Where(row => row.QuerySelector("[data-testid=not-recognised]") is not null)
            .Select(row => row.GetAttribute("data-header") ?? string.Empty)];

    private static List<string> Errors(IDocument preview, int number) =>
        [.. Row(preview, number).QuerySelectorAll("[data-testid=row-errors] li").Select(li => li.TextContent.Trim())];

    /// <summary>Uploads a file through the import form, antiforgery token included, as a browser would.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, string? importFor = null)
    {
        var page = await client.GetDocumentAsync(ImportPage);
        var form = page.QuerySelector("form[enctype='multipart/form-data']") as IHtmlFormElement
            ?? throw new InvalidOperationException("No upload form on the import page.");
        var hiddenFields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(hidden => new KeyValuePair<string, string>(hidden.Name!, hidden.Value)).ToList();
        if (importFor is not null)
        {
            hiddenFields.Add(new("for", importFor));
        }

        var contentType = fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv";
        if (fileName.Any(char.IsControl))
        {
            // .NET's header types refuse to write such a name; a script can.
            return await client.PostAsync(form.GetAttribute("action"), RawMultipart.Create(hiddenFields, "upload", fileName, content, contentType));
        }

        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in hiddenFields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        body.Add(file, "upload", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body);
    }

    /// <summary>
    /// Posts a form of a page already loaded (the preview is the answer to a post) as a browser would with its commit
    /// button: hidden fields, chosen options and ticked boxes, with some fields typed over.
    /// </summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, IDocument page, string formSelector,
        Dictionary<string, string>? fields = null, string? action = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        fields ??= [];
        var values = form.QuerySelectorAll("input[type=hidden], input[type=checkbox]:checked").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.QuerySelectorAll("select").OfType<IHtmlSelectElement>()
                .Where(s => !fields.ContainsKey(s.Name!))
                .Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? string.Empty)))
            .Concat(fields)
            .ToList();
        return client.PostAsync(action ?? form.QuerySelector("[data-testid=commit]")?.GetAttribute("formaction") ?? form.GetAttribute("action"),
            new FormUrlEncodedContent(values));
    }
}
