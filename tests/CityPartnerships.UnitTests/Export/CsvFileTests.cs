using System.Text;
using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.UnitTests.Export;

public class CsvFileTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+49 211", "\"'+49 211\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("Köln; Bonn", "\"Köln; Bonn\"")]
    [InlineData("a = b", "\"a = b\"")]
    [InlineData("", "\"\"")]
    public void Text_is_quoted_and_what_a_spreadsheet_would_run_as_a_formula_is_defused(string text, string expected)
    {
        Assert.Equal(expected, CsvFile.Field(text));
    }

    [Fact]
    public void Numbers_and_dates_are_unquoted_and_without_culture_and_null_is_empty()
    {
        Assert.Equal(["12", "-3.5", "2025-03-14", ""],
            new object?[] { 12, -3.5m, new DateOnly(2025, 3, 14), null }.Select(CsvFile.Field));
    }

    [Fact]
    public async Task A_file_starts_with_a_byte_order_mark_and_ends_its_lines_in_crlf_with_the_separator_given()
    {
        using var writer = new StringWriter();

        await CsvFile.WriteAsync(writer, ';', ["Partner city", "ID"], Rows(), CancellationToken.None);

        Assert.Equal("\uFEFF\"Partner city\";\"ID\"\r\n\"Lyon\";1\r\n\"two\r\nlines\";\r\n", writer.ToString());
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    public async Task What_the_writer_writes_the_reader_reads_back(char separator)
    {
        using var writer = new StringWriter();
        await CsvFile.WriteAsync(writer, separator, ["Partner city", "Description"], Rows(), CancellationToken.None);

        var rows = SpreadsheetReader.Read("back.csv", Encoding.UTF8.GetBytes(writer.ToString()), 10);

        Assert.Equal(["Partner city", "Description"], rows[0].Cells);
        Assert.Equal(["Lyon", "1"], rows[1].Cells);
        Assert.Equal(["two\r\nlines", ""], rows[2].Cells);
    }

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows()
    {
        await Task.Yield();
        yield return ["Lyon", 1];
        yield return ["two\r\nlines", null];
    }
}
