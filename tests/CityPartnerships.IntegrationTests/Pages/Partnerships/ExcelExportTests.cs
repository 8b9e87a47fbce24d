using System.IO.Compression;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using MiniExcelLibs;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class ExcelExportTests(PortalApp app)
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task The_workbook_holds_exactly_the_filtered_rows_with_dates_as_dates_and_text_as_text()
    {
        var own = await app.InsertCityNamedPastTheRulesAsync("=HYPERLINK(evil) " + Guid.NewGuid().ToString("N")[..6]);
        var tunis = await app.InsertCityAsync(country: "TN");
        var match = await app.InsertPartnershipAsync(own.Id, tunis.Id, PartnershipKind.Friendship, startedOn: new DateOnly(1999, 3, 4));
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, PartnershipKind.Twinning);
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id, PartnershipKind.Friendship);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync($"/Partnerships?handler=Excel&q={Uri.EscapeDataString(own.Name)}&kind=Friendship");

        Assert.Equal(XlsxType, response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^partnerships-\d{4}-\d{2}-\d{2}\.xlsx$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var workbook = await response.Content.ReadAsByteArrayAsync();
        var row = Assert.Single(Rows(workbook));
        Assert.Equal(
            ["ID", "Own city", "Country of the city", "GeoNames ID of the city", "Partner city", "Partner country", "Partner region",
                "GeoNames ID of the partner", "Kind", "Status", "Started on", "Ended on", "Last confirmed"],
            row.Keys);
        Assert.Equal(match.Id, Convert.ToInt32(row["ID"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(own.Name, row["Own city"]); // the text itself: a cell holds no formula, so nothing is defused
        Assert.Equal("Germany", row["Country of the city"]);
        Assert.Equal(tunis.Name, row["Partner city"]);
        Assert.Equal("Tunisia", row["Partner country"]);
        Assert.Equal("Friendship", row["Kind"]);
        Assert.Equal("Active", row["Status"]);
        Assert.Equal(new DateTime(1999, 3, 4), row["Started on"]);
        Assert.Null(row["Last confirmed"]); // never confirmed
        Assert.DoesNotContain("<x:f", SheetXml(workbook), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workbook_speaks_the_users_language()
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "AT")).Id, PartnershipKind.Twinning, PartnershipStatus.Dormant);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice), "de");

        var workbook = await client.GetByteArrayAsync($"/Partnerships?handler=Excel&q={Uri.EscapeDataString(own.Name)}");

        var row = Assert.Single(Rows(workbook));
        Assert.Equal("Österreich", row["Partnerland"]);
        Assert.Equal("Städtepartnerschaft", row["Art"]);
        Assert.Equal("Ruhend", row["Status"]);
    }

    [Fact]
    public async Task Records_the_user_may_not_read_are_left_out_and_an_empty_result_keeps_its_header()
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, isInternal: true);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var workbook = await client.GetByteArrayAsync($"/Partnerships?handler=Excel&q={Uri.EscapeDataString(own.Name)}");

        Assert.Empty(Rows(workbook));
        var header = Assert.Single(MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: false).Cast<IDictionary<string, object?>>());
        Assert.Equal("ID", header["A"]);
        Assert.Equal("Last confirmed", header["M"]);
    }

    [Fact]
    public async Task The_list_offers_the_excel_export_with_its_filters()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var list = await client.GetDocumentAsync("/Partnerships?kind=Contact&south=true");

        var link = list.QuerySelector("[data-testid=export-excel]")?.GetAttribute("href");
        Assert.Contains("handler=Excel", link);
        Assert.Contains("kind=Contact", link);
        Assert.Contains("south=true", link);
    }

    private static List<IDictionary<string, object?>> Rows(byte[] workbook) =>
        [.. MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true).Cast<IDictionary<string, object?>>()];

    private static string SheetXml(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
