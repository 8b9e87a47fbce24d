using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CityPartnerships.Web.Features.Export;

/// <summary>
/// A CSV download written to the response row by row as the rows arrive, so a long list never sits in memory whole.
/// Excel opens it as it is: UTF-8 with a byte order mark, RFC 4180 (text in double quotes, quotes doubled, lines
/// ending in CRLF), and the separator of the reader's Excel (a semicolon where the decimal mark is a comma).
/// </summary>
/// <remarks>
/// Text a spreadsheet would run as a formula (starting with =, +, - or @, or a tab or carriage return before one) gets a leading apostrophe: a city named
/// "=HYPERLINK(...)" stays text ("CSV injection"). Numbers and dates are written unquoted and without culture.
/// </remarks>
public sealed class CsvFile(string fileName, char separator, IReadOnlyList<string> header, IAsyncEnumerable<IReadOnlyList<object?>> rows)
    : IActionResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const string LineEnd = "\r\n";
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A file whose rows are all known already, such as a template.</summary>
    public CsvFile(string fileName, char separator, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
        : this(fileName, separator, header, rows.ToAsyncEnumerable())
    {
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();

        await using var writer = new StreamWriter(response.Body, _utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await WriteAsync(writer, separator, header, rows, cancellationToken);
    }

    /// <summary>Writes the byte order mark, the header row and every row.</summary>
    public static async Task WriteAsync(TextWriter writer, char separator, IReadOnlyList<string> header,
        IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        await writer.WriteAsync('\uFEFF');
        await writer.WriteAsync(Line(separator, header));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Line(separator, row));
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One record, with its line end.</summary>
    public static string Line<T>(char separator, IReadOnlyList<T> cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(separator);
            }

            line.Append(Field(cells[i]));
        }

        return line.Append(LineEnd).ToString();
    }

    /// <summary>A cell: text quoted and defused; a date as yyyy-MM-dd; a number without culture; nothing for null.</summary>
    public static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => Quoted(text),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quoted(value.ToString() ?? string.Empty),
    };

    private static string Quoted(string text)
    {
        var safe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
