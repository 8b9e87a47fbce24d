using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using MiniExcelLibs;
using nietras.SeparatedValues;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// Reads the cells of an uploaded spreadsheet: a CSV file as Excel or LibreOffice save it in any language (UTF-8 with
/// or without byte order mark, or the Windows code page of older Excel; comma, semicolon or tab between fields;
/// quoted fields with line breaks; parsed by the Sep library), or the first sheet of an .xlsx workbook. Knows nothing about partnerships.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>An .xlsx is a zip archive: refuse one that would unpack to more than this (a "zip bomb").</summary>
    private const long MaxUnpackedBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly char[] _separators = [',', ';', '\t'];

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    public static bool IsSupported(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>
    /// The rows that have at least one non-blank cell, cells trimmed, each with its row number as a spreadsheet
    /// program shows it (the header is row 1). Reads at most <paramref name="maxRows"/> rows after the header.
    /// </summary>
    /// <exception cref="SpreadsheetException">The file cannot be read, or has more rows than allowed.</exception>
    public static IReadOnlyList<SheetRow> Read(string fileName, byte[] content, int maxRows)
    {
        var rows = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(content),
            ".xlsx" => ReadXlsx(content, maxRows),
            _ => throw new SpreadsheetException(SpreadsheetProblem.WrongType),
        };
        var filled = new List<SheetRow>();
        foreach (var row in rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Header plus the allowed rows; one more proves there are too many, without reading the rest.
            if (filled.Count > maxRows)
            {
                throw new SpreadsheetException(SpreadsheetProblem.TooManyRows);
            }

            filled.Add(row with { Cells = [.. row.Cells.Select(Clean)] });
        }

        return filled.Count == 0 ? throw new SpreadsheetException(SpreadsheetProblem.Empty) : filled;
    }

    /// <summary>
    /// The cell's text trimmed and without NUL characters: nobody types them, and PostgreSQL refuses them in text, so
    /// one in a cell would otherwise end the import in an error page.
    /// </summary>
    public static string Clean(string cell) =>
        (cell.Contains('\0', StringComparison.Ordinal) ? cell.Replace("\0", string.Empty, StringComparison.Ordinal) : cell).Trim();

    /// <summary>
    /// UTF-8 (a byte order mark is dropped), or UTF-16 with its byte order mark (Excel's "Unicode text"); text that is
    /// not valid UTF-8 is read as Windows-1252.
    /// </summary>
    public static string Decode(byte[] content)
    {
        foreach (var utf16 in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            if (content.AsSpan().StartsWith(utf16.GetPreamble()))
            {
                return utf16.GetString(content, 2, content.Length - 2);
            }
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var offset = content.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            return _strictUtf8.GetString(content, offset, content.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            // "CSV (Trennzeichen-getrennt)" from German Excel: Windows-1252, where ä is one byte.
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    /// <summary>The separator used most often in the first line outside quotes; a comma when there is none.</summary>
    public static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int>();
        var quoted = false;
        foreach (var character in text)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && character is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && _separators.Contains(character))
            {
                counts[character] = counts.GetValueOrDefault(character) + 1;
            }
        }

        return counts.Count == 0 ? ',' : counts.OrderByDescending(c => c.Value).ThenBy(c => Array.IndexOf(_separators, c.Key)).First().Key;
    }

    /// <summary>
    /// RFC 4180 as spreadsheet programs write it, read by Sep: fields in double quotes may hold separators, line breaks
    /// and doubled quotes (""), also after spaces; lines end in CRLF, LF or CR. Rows are numbered by record, as a
    /// spreadsheet program shows them.
    /// </summary>
    /// <exception cref="SpreadsheetException">A quote is never closed (it would swallow the rest of the file).</exception>
    public static IReadOnlyList<SheetRow> ParseCsv(string text, char separator)
    {
        var rows = new List<SheetRow>();
        using var reader = Sep.New(separator).Reader(options => options with
        {
            HasHeader = false,
            Unescape = true,
            Trim = SepTrim.Outer,
            DisableColCountCheck = true,
        }).FromText(text);
        foreach (var row in reader)
        {
            // Quotes come in pairs, escaped ones too: an odd count means the last one opened a field that never ends,
            // which only the last row can hold.
            if (row.Span.Count('"') % 2 != 0)
            {
                throw new SpreadsheetException(SpreadsheetProblem.UnclosedQuote, row.RowIndex + 1);
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(new SheetRow(row.RowIndex + 1, cells));
        }

        return rows;
    }

    private static IReadOnlyList<SheetRow> ReadCsv(byte[] content)
    {
        var text = Decode(content);
        return ParseCsv(text, DetectSeparator(text));
    }

    private static List<SheetRow> ReadXlsx(byte[] content, int maxRows)
    {
        EnsureWorkbook(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var rows = new List<SheetRow>();
            var filled = 0;
            // The first sheet; MiniExcel reports rows left empty in the sheet too, so the numbers match Excel's.
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                var cells = row.Values.Select(Text).ToArray();
                rows.Add(new SheetRow(rows.Count + 1, cells));
                filled += cells.All(string.IsNullOrWhiteSpace) ? 0 : 1;
                if (filled > maxRows + 1)
                {
                    break; // enough to know there are too many, without reading a huge sheet to its end
                }
            }

            return rows;
        }
        catch (Exception error) when (error is InvalidDataException or XmlException or InvalidOperationException or FormatException
            or ArgumentException)
        {
            throw new SpreadsheetException(SpreadsheetProblem.Unreadable);
        }
    }

    /// <summary>A zip archive holding a workbook, and not one that unpacks to far more than its size.</summary>
    private static void EnsureWorkbook(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new SpreadsheetException(SpreadsheetProblem.Unreadable);
            }

            if (zip.Entries.Sum(entry => entry.Length) > MaxUnpackedBytes)
            {
                throw new SpreadsheetException(SpreadsheetProblem.TooLargeUnpacked);
            }
        }
        catch (InvalidDataException)
        {
            throw new SpreadsheetException(SpreadsheetProblem.Unreadable);
        }
    }

    // Dates as ISO dates, numbers without the reader's culture: the importer parses both.
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>One row of a spreadsheet: its number as shown in a spreadsheet program, and its cells.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

public enum SpreadsheetProblem
{
    WrongType,
    TooLarge,
    TooLargeUnpacked,
    TooManyRows,
    Empty,
    Unreadable,
    UnclosedQuote,
}

/// <summary>The file cannot be imported as a whole. <see cref="Row"/> says where, when that is known.</summary>
public sealed class SpreadsheetException(SpreadsheetProblem problem, int? row = null)
    : Exception($"The spreadsheet cannot be read: {problem}{(row is null ? string.Empty : $" (row {row})")}.")
{
    public SpreadsheetProblem Problem { get; } = problem;

    public int? Row { get; } = row;
}
