using System.IO.Compression;
using System.Text;
using CityPartnerships.Web.Pages.Partnerships.Import;
using MiniExcelLibs;

namespace CityPartnerships.UnitTests.Import;

public class SpreadsheetReaderTests
{
    [Theory]
    [InlineData("Partner city,Kind,Status\nLyon,Twinning,Active", ',')]
    [InlineData("Partnerstadt;Art;Status\r\nLyon;Städtepartnerschaft;Aktiv", ';')]
    [InlineData("Partner city\tKind\nLyon\tTwinning", '\t')]
    [InlineData("\"Partner city; country\",Kind\n", ',')]
    [InlineData("\"a,b\";\"c,d\";e\n1,2,3,4,5,6", ';')]
    [InlineData("Partner city\nLyon;Lille;Nice", ',')]
    public void The_separator_is_the_one_the_header_row_uses_outside_quotes(string text, char expected)
    {
        Assert.Equal(expected, SpreadsheetReader.DetectSeparator(text));
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks()
    {
        var rows = SpreadsheetReader.ParseCsv("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\r\nlines\";;x\n", ';');

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b;c", "say \"hi\""], rows[0].Cells);
        Assert.Equal(["two\r\nlines", "", "x"], rows[1].Cells);
    }

    [Fact]
    public void Rows_are_numbered_by_record_as_a_spreadsheet_shows_them()
    {
        var rows = SpreadsheetReader.ParseCsv("h\r\n\"multi\nline\"\rnext\n\nlast", ',');

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Number));
        Assert.Equal("next", rows[2].Cells[0]);
        Assert.Equal("last", rows[4].Cells[0]);
    }

    [Fact]
    public void A_quote_that_is_never_closed_names_its_row()
    {
        var error = Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.ParseCsv("h\nok\n\"broken,x\ny\n", ','));

        Assert.Equal(SpreadsheetProblem.UnclosedQuote, error.Problem);
        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void Text_is_read_as_utf8_or_by_its_byte_order_mark_and_else_as_windows_1252()
    {
        var utf8 = Encoding.UTF8.GetBytes("Städtepartnerschaft");
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Städtepartnerschaft – Köln");

        Assert.Equal("Städtepartnerschaft", SpreadsheetReader.Decode([.. Encoding.UTF8.GetPreamble(), .. utf8]));
        Assert.Equal("Städtepartnerschaft", SpreadsheetReader.Decode(utf8));
        Assert.Equal("Städtepartnerschaft – Köln", SpreadsheetReader.Decode(windows1252));
        Assert.Equal("Städte\tŁódź", SpreadsheetReader.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Städte\tŁódź")]));
    }

    [Fact]
    public void Blank_rows_are_skipped_and_cells_trimmed_but_numbers_stay_those_of_the_file()
    {
        var csv = Encoding.UTF8.GetBytes("Partner city ; Kind\n\n ; \n Lyon ;Twinning\n");

        var rows = SpreadsheetReader.Read("partners.CSV", csv, maxRows: 10);

        Assert.Equal([1, 4], rows.Select(r => r.Number));
        Assert.Equal(["Lyon", "Twinning"], rows[1].Cells);
    }

    [Fact]
    public void More_rows_than_allowed_are_refused()
    {
        var csv = Encoding.UTF8.GetBytes("Partner city\nA\nB\nC\n");

        Assert.Equal(3, SpreadsheetReader.Read("p.csv", csv, maxRows: 3).Count - 1);
        Assert.Equal(SpreadsheetProblem.TooManyRows,
            Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read("p.csv", csv, maxRows: 2)).Problem);
    }

    [Theory]
    [InlineData("partners.xls", SpreadsheetProblem.WrongType)]
    [InlineData("partners.ods", SpreadsheetProblem.WrongType)]
    [InlineData("partners", SpreadsheetProblem.WrongType)]
    [InlineData("partners.xlsx", SpreadsheetProblem.Unreadable)]
    public void Other_files_are_refused_with_the_reason(string fileName, SpreadsheetProblem expected)
    {
        var error = Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read(fileName, Encoding.UTF8.GetBytes("Partner city\nLyon\n"), 10));

        Assert.Equal(expected, error.Problem);
    }

    [Fact]
    public void A_zip_that_is_no_workbook_is_unreadable_and_an_empty_file_is_empty()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("word/document.xml");
        }

        Assert.Equal(SpreadsheetProblem.Unreadable, Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read("p.xlsx", zip.ToArray(), 10)).Problem);
        Assert.Equal(SpreadsheetProblem.Empty, Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read("p.csv", [], 10)).Problem);
        Assert.Equal(SpreadsheetProblem.Empty, Assert.Throws<SpreadsheetException>(() => SpreadsheetReader.Read("p.csv", Encoding.UTF8.GetBytes(" , \n"), 10)).Problem);
    }

    [Fact]
    public void The_first_sheet_of_a_workbook_is_read_with_dates_as_iso_dates_and_numbers_without_culture()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["Partner city"] = "Lyon", ["Started on"] = new DateTime(2025, 3, 14), ["Number"] = 1.5 },
            new() { ["Partner city"] = null, ["Started on"] = null, ["Number"] = null },
            new() { ["Partner city"] = "Nice", ["Started on"] = "14.03.2025", ["Number"] = 2 },
        };
        using var workbook = new MemoryStream();
        MiniExcel.SaveAs(workbook, rows);

        var read = SpreadsheetReader.Read("p.xlsx", workbook.ToArray(), 10);

        Assert.Equal([1, 2, 4], read.Select(r => r.Number));
        Assert.Equal(["Partner city", "Started on", "Number"], read[0].Cells);
        Assert.Equal(["Lyon", "2025-03-14", "1.5"], read[1].Cells);
        Assert.Equal(["Nice", "14.03.2025", "2"], read[2].Cells);
    }
}
