using System.Globalization;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>The columns an import file may have; only the partner city is required.</summary>
public enum ImportColumn
{
    PartnerCity,
    PartnerCountry,
    Kind,
    Status,
    StartedOn,
    EndedOn,
    Description,
    ActionAreas,
}

/// <summary>One data row of an import file: its row number in the spreadsheet and what it says in each known column.</summary>
public sealed record ImportRow(int Number, Dictionary<ImportColumn, string> Values)
{
    public string this[ImportColumn column] => Values.GetValueOrDefault(column, string.Empty);
}

/// <summary>
/// Turns the cells of a spreadsheet into import rows: finds the columns by their header in English or German (any
/// case, as on the template or the portal's own labels), and reads kinds, statuses and dates the way people type them.
/// </summary>
public static class ImportSheet
{
    public const int MaxRows = 1000;

    /// <summary>Separates the action areas within their cell.</summary>
    public const char AreaSeparator = ';';

    private static readonly Dictionary<string, ImportColumn> _columnsByHeader = new(StringComparer.Ordinal)
    {
        ["partner city"] = ImportColumn.PartnerCity,
        ["partner"] = ImportColumn.PartnerCity,
        ["partnerstadt"] = ImportColumn.PartnerCity,
        ["partner country"] = ImportColumn.PartnerCountry,
        ["partnerland"] = ImportColumn.PartnerCountry,
        ["land der partnerstadt"] = ImportColumn.PartnerCountry,
        ["kind"] = ImportColumn.Kind,
        ["type"] = ImportColumn.Kind,
        ["art"] = ImportColumn.Kind,
        ["typ"] = ImportColumn.Kind,
        ["status"] = ImportColumn.Status,
        ["started on"] = ImportColumn.StartedOn,
        ["start date"] = ImportColumn.StartedOn,
        ["signed on"] = ImportColumn.StartedOn,
        ["signed / started on"] = ImportColumn.StartedOn,
        ["begonnen am"] = ImportColumn.StartedOn,
        ["beginn"] = ImportColumn.StartedOn,
        ["startdatum"] = ImportColumn.StartedOn,
        ["unterzeichnet am"] = ImportColumn.StartedOn,
        ["unterzeichnet / begonnen am"] = ImportColumn.StartedOn,
        ["ended on"] = ImportColumn.EndedOn,
        ["end date"] = ImportColumn.EndedOn,
        ["beendet am"] = ImportColumn.EndedOn,
        ["enddatum"] = ImportColumn.EndedOn,
        ["ende"] = ImportColumn.EndedOn,
        ["description"] = ImportColumn.Description,
        ["beschreibung"] = ImportColumn.Description,
        ["action areas"] = ImportColumn.ActionAreas,
        ["action area"] = ImportColumn.ActionAreas,
        ["handlungsfelder"] = ImportColumn.ActionAreas,
        ["handlungsfeld"] = ImportColumn.ActionAreas,
    };

    // The portal's English and German labels (see PartnershipKind.* and PartnershipStatus.* in the resources), compact.
    private static readonly Dictionary<string, PartnershipKind> _kindsByLabel = new(StringComparer.Ordinal)
    {
        ["städtepartnerschaft"] = PartnershipKind.Twinning,
        ["partnerschaft"] = PartnershipKind.Twinning,
        ["städtefreundschaft"] = PartnershipKind.Friendship,
        ["freundschaft"] = PartnershipKind.Friendship,
        ["kontakt"] = PartnershipKind.Contact,
        ["projektpartnerschaft"] = PartnershipKind.ProjectPartnership,
    };

    private static readonly Dictionary<string, PartnershipStatus> _statusesByLabel = new(StringComparer.Ordinal)
    {
        ["geplant"] = PartnershipStatus.Proposed,
        ["aktiv"] = PartnershipStatus.Active,
        ["ruhend"] = PartnershipStatus.Dormant,
        ["beendet"] = PartnershipStatus.Ended,
    };

    // ISO first; then German (14.03.2025) and British (14/03/2025) day-first forms.
    private static readonly string[] _dateFormats = ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"];

    /// <summary>The column a header names, or null for a column the import does not use.</summary>
    public static ImportColumn? ColumnFor(string header)
    {
        var key = string.Join(' ', header.Trim().TrimEnd('*', ':').Trim()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return _columnsByHeader.TryGetValue(key, out var column) ? column : null;
    }

    /// <summary>
    /// The data rows under the header row. Headers the import does not use are returned in
    /// <paramref name="ignoredHeaders"/> so the user can see they were left out.
    /// </summary>
    /// <exception cref="SpreadsheetException">The partner city column is missing, or a column appears twice.</exception>
    public static IReadOnlyList<ImportRow> Rows(IReadOnlyList<SheetRow> sheet, out IReadOnlyList<string> ignoredHeaders)
    {
        var header = sheet[0];
        var positions = new Dictionary<ImportColumn, int>();
        var ignored = new List<string>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i];
            if (ColumnFor(text) is not { } column)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    ignored.Add(text);
                }

                continue;
            }

            if (!positions.TryAdd(column, i))
            {
                throw new SpreadsheetException(SpreadsheetProblem.DuplicateColumn, header.Number, text);
            }
        }

        if (!positions.ContainsKey(ImportColumn.PartnerCity))
        {
            throw new SpreadsheetException(SpreadsheetProblem.RequiredColumnMissing, header.Number);
        }

        ignoredHeaders = ignored;
        return [.. sheet.Skip(1).Select(row => new ImportRow(row.Number, positions
            .Where(p => p.Value < row.Cells.Count && row.Cells[p.Value].Length > 0)
            .ToDictionary(p => p.Key, p => row.Cells[p.Value].Trim())))];
    }

    /// <summary>yyyy-MM-dd, dd.MM.yyyy or dd/MM/yyyy (day first), with or without leading zeros.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The kind's name ("ProjectPartnership", "project partnership") or its English or German label.</summary>
    public static bool TryParseKind(string text, out PartnershipKind kind) => TryParse(text, _kindsByLabel, out kind);

    public static bool TryParseStatus(string text, out PartnershipStatus status) => TryParse(text, _statusesByLabel, out status);

    /// <summary>The action area names in a cell, e.g. "Economic prosperity; Knowledge exchange".</summary>
    public static IReadOnlyList<string> SplitAreas(string text) =>
        [.. text.Split(AreaSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static bool TryParse<T>(string text, Dictionary<string, T> labels, out T value)
        where T : struct, Enum
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_'))).ToLowerInvariant();
        if (labels.TryGetValue(compact, out value))
        {
            return true;
        }

        // Names only: Enum.TryParse would also take numbers such as "7".
        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(compact, StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out value);
    }
}
