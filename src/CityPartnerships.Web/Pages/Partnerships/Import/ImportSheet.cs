using System.Globalization;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>The columns an import file may have; only the partner city is required.</summary>
public enum ImportColumn
{
    PartnerCity,
    PartnerCountry,
    PartnerRegion,
    Kind,
    Status,
    StartedOn,
    EndedOn,
    Description,
    ActionAreas,
    Latitude,
    Longitude,
    PartnerGeoNameId,

    // The city whose partnership it is, for a file of several cities' partnerships (an association's register).
    OwnCity,
    OwnCountry,
    OwnLatitude,
    OwnLongitude,
    OwnGeoNameId,
}

/// <summary>
/// A problem of the columns chosen for a file: <see cref="Column"/> chosen for every one of <see cref="Headers"/>, or,
/// with no headers, the required column missing.
/// </summary>
public sealed record MappingProblem(ImportColumn Column, IReadOnlyList<string> Headers)
{
    public bool IsMissing => Headers.Count == 0;
}

/// <summary>One data row of an import file: its row number in the spreadsheet and what it says in each known column.</summary>
public sealed record ImportRow(int Number, Dictionary<ImportColumn, string> Values)
{
    private static readonly (ImportColumn Own, ImportColumn Partner)[] _ends =
    [
        (ImportColumn.OwnCity, ImportColumn.PartnerCity), (ImportColumn.OwnCountry, ImportColumn.PartnerCountry),
        (ImportColumn.OwnLatitude, ImportColumn.Latitude), (ImportColumn.OwnLongitude, ImportColumn.Longitude),
        (ImportColumn.OwnGeoNameId, ImportColumn.PartnerGeoNameId),
    ];

    public string this[ImportColumn column] => Values.GetValueOrDefault(column, string.Empty);

    /// <summary>The same row seen from the partner's end (the region column describes the partner and is dropped).</summary>
    public ImportRow Swapped()
    {
        var values = new Dictionary<ImportColumn, string>(Values);
        values.Remove(ImportColumn.PartnerRegion);
        foreach (var (own, partner) in _ends)
        {
            (values[own], values[partner]) = (this[partner], this[own]);
        }

        return this with { Values = values.Where(v => v.Value.Length > 0).ToDictionary() };
    }
}

/// <summary>
/// Turns the cells of a spreadsheet into import rows: finds the columns by their header in English or German (any
/// case, as on the template or the portal's own labels), and reads kinds, statuses and dates the way people type them.
/// </summary>
public static class ImportSheet
{
    public const int MaxRows = 1000;

    /// <summary>An association's file (admins): the whole register of its member cities, such as Wikipedia's 25,917 pairs.</summary>
    public const int MaxAssociationRows = 30_000;

    /// <summary>Separates the action areas within their cell.</summary>
    public const char AreaSeparator = ';';

    private static readonly Dictionary<string, ImportColumn> _columnsByHeader = new(StringComparer.Ordinal)
    {
        ["partner city"] = ImportColumn.PartnerCity,
        ["partner"] = ImportColumn.PartnerCity,
        ["partnerstadt"] = ImportColumn.PartnerCity,
        ["partner town"] = ImportColumn.PartnerCity,
        ["twin town"] = ImportColumn.PartnerCity,
        ["twin city"] = ImportColumn.PartnerCity,
        ["sister city"] = ImportColumn.PartnerCity,
        ["city"] = ImportColumn.PartnerCity,
        ["town"] = ImportColumn.PartnerCity,
        ["stadt"] = ImportColumn.PartnerCity,
        ["partner country"] = ImportColumn.PartnerCountry,
        ["partnerland"] = ImportColumn.PartnerCountry,
        ["land der partnerstadt"] = ImportColumn.PartnerCountry,
        ["country"] = ImportColumn.PartnerCountry,
        ["land"] = ImportColumn.PartnerCountry,
        ["staat"] = ImportColumn.PartnerCountry,
        ["partner region"] = ImportColumn.PartnerRegion,
        ["region der partnerstadt"] = ImportColumn.PartnerRegion,
        ["partnerregion"] = ImportColumn.PartnerRegion,
        ["region"] = ImportColumn.PartnerRegion,
        ["state"] = ImportColumn.PartnerRegion,
        ["province"] = ImportColumn.PartnerRegion,
        ["bundesland"] = ImportColumn.PartnerRegion,
        ["provinz"] = ImportColumn.PartnerRegion,
        ["latitude"] = ImportColumn.Latitude,
        ["lat"] = ImportColumn.Latitude,
        ["breitengrad"] = ImportColumn.Latitude,
        ["geographische breite"] = ImportColumn.Latitude,
        ["longitude"] = ImportColumn.Longitude,
        ["lng"] = ImportColumn.Longitude,
        ["lon"] = ImportColumn.Longitude,
        ["längengrad"] = ImportColumn.Longitude,
        ["geographische länge"] = ImportColumn.Longitude,
        ["geonames id of the partner"] = ImportColumn.PartnerGeoNameId,
        ["geonames-id der partnerstadt"] = ImportColumn.PartnerGeoNameId,
        ["partner geonames id"] = ImportColumn.PartnerGeoNameId,
        ["own city"] = ImportColumn.OwnCity,
        ["member city"] = ImportColumn.OwnCity,
        ["eigene stadt"] = ImportColumn.OwnCity,
        ["mitgliedsstadt"] = ImportColumn.OwnCity,
        ["country of the city"] = ImportColumn.OwnCountry,
        ["land der stadt"] = ImportColumn.OwnCountry,
        ["latitude of the city"] = ImportColumn.OwnLatitude,
        ["breitengrad der stadt"] = ImportColumn.OwnLatitude,
        ["longitude of the city"] = ImportColumn.OwnLongitude,
        ["längengrad der stadt"] = ImportColumn.OwnLongitude,
        ["geonames id of the city"] = ImportColumn.OwnGeoNameId,
        ["geonames-id der stadt"] = ImportColumn.OwnGeoNameId,

        // The twin-town list of Wikipedia as published (city1 and its partner city2).
        ["city1"] = ImportColumn.OwnCity,
        ["country1"] = ImportColumn.OwnCountry,
        ["lat1"] = ImportColumn.OwnLatitude,
        ["lng1"] = ImportColumn.OwnLongitude,
        ["city2"] = ImportColumn.PartnerCity,
        ["country2"] = ImportColumn.PartnerCountry,
        ["lat2"] = ImportColumn.Latitude,
        ["lng2"] = ImportColumn.Longitude,
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
        ["since"] = ImportColumn.StartedOn,
        ["seit"] = ImportColumn.StartedOn,
        ["gründungsjahr"] = ImportColumn.StartedOn,
        ["year"] = ImportColumn.StartedOn,
        ["jahr"] = ImportColumn.StartedOn,
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

    // Headers that may also mean the own city (a sheet with "City" and "Partner city"), or a year of anything: they
    // stand for the partner's column only when no other header names it, see Rows.
    private static readonly HashSet<string> _generalHeaders = new(StringComparer.Ordinal)
    {
        "city", "town", "stadt", "country", "land", "staat", "year", "jahr", "region", "state", "province", "bundesland", "provinz",
        "latitude", "lat", "breitengrad", "longitude", "lng", "lon", "längengrad",
    };

    // Columns of the portal's own files that go back in unused, in English and German: the export's ID and last check
    // (Export.Id, Partnership.LastVerified) and the reasons of the file of skipped rows (Import.Problems).
    private static readonly HashSet<string> _portalOnlyHeaders = new(StringComparer.Ordinal)
    {
        "id", "last confirmed", "zuletzt bestätigt", "result", "ergebnis",
    };

    // The portal's English and German labels (see PartnershipKind.* and PartnershipStatus.* in the resources), compact,
    // and the words other registers and Wikipedia's lists use for the same thing. "Climate partnership" is left out on
    // purpose: the portal counts it as its own thing next to twinnings and project partnerships, so no kind fits.
    private static readonly Dictionary<string, PartnershipKind> _kindsByLabel = new(StringComparer.Ordinal)
    {
        ["städtepartnerschaft"] = PartnershipKind.Twinning,
        ["partnerschaft"] = PartnershipKind.Twinning,
        ["partnership"] = PartnershipKind.Twinning,
        ["partnerstadt"] = PartnershipKind.Twinning,
        ["partnerstädte"] = PartnershipKind.Twinning,
        ["sistercity"] = PartnershipKind.Twinning,
        ["sistercities"] = PartnershipKind.Twinning,
        ["twintown"] = PartnershipKind.Twinning,
        ["twintowns"] = PartnershipKind.Twinning,
        ["twincity"] = PartnershipKind.Twinning,
        ["twincities"] = PartnershipKind.Twinning,
        ["städtefreundschaft"] = PartnershipKind.Friendship,
        ["freundschaft"] = PartnershipKind.Friendship,
        ["freundschaftsvertrag"] = PartnershipKind.Friendship,
        ["freundschaftsstadt"] = PartnershipKind.Friendship,
        ["friendshipcity"] = PartnershipKind.Friendship,
        ["kontakt"] = PartnershipKind.Contact,
        ["projektpartnerschaft"] = PartnershipKind.ProjectPartnership,
    };

    private static readonly Dictionary<string, PartnershipStatus> _statusesByLabel = new(StringComparer.Ordinal)
    {
        ["geplant"] = PartnershipStatus.Proposed,
        ["planned"] = PartnershipStatus.Proposed,
        ["aktiv"] = PartnershipStatus.Active,
        ["current"] = PartnershipStatus.Active,
        ["ruhend"] = PartnershipStatus.Dormant,
        ["inactive"] = PartnershipStatus.Dormant,
        ["inaktiv"] = PartnershipStatus.Dormant,
        ["beendet"] = PartnershipStatus.Ended,
        ["aufgelöst"] = PartnershipStatus.Ended,
        ["terminated"] = PartnershipStatus.Ended,
    };

    /// <summary>The column a header names, or null for a column the import does not use.</summary>
    public static ImportColumn? ColumnFor(string header) =>
        _columnsByHeader.TryGetValue(HeaderKey(header), out var column) ? column : null;

    /// <summary>
    /// The import column that each header of a file names, by position; null for a column the import does not use.
    /// </summary>
    /// <remarks>
    /// A general header ("City", "Country", "Year") stands for its column only when no specific header ("Partner city",
    /// "Partnerland", "Start date") does; otherwise it is left unused. When a sheet has a specific partner city column
    /// and a general one ("Stadt" and "Partnerstadt"), the general one is the own city, so a general country header may
    /// belong to either and is left unused too rather than guessed. A header naming a column that an earlier header of
    /// the same rank names already is left unused: the user sees both and decides (see <see cref="NeedsReview"/>).
    /// </remarks>
    public static IReadOnlyList<ImportColumn?> Recognise(IReadOnlyList<string> headers)
    {
        var found = headers
            .Select((text, index) => (Index: index, Column: ColumnFor(text), General: _generalHeaders.Contains(HeaderKey(text))))
            .ToList();
        var ownCityColumn = found.Any(h => h is { Column: ImportColumn.PartnerCity, General: false })
            && found.Any(h => h is { Column: ImportColumn.PartnerCity, General: true });

        var mapping = new ImportColumn?[headers.Count];
        // Specific headers first (OrderBy is stable), so a general one finds its column already taken.
        foreach (var (index, column, general) in found.OrderBy(h => h.General))
        {
            if (column is not { } known)
            {
                continue;
            }

            if (ownCityColumn && general && known == ImportColumn.PartnerCity && !found.Any(h => h.Column == ImportColumn.OwnCity))
            {
                // "Stadt" next to "Partnerstadt": the city whose partnership the row is.
                known = ImportColumn.OwnCity;
            }
            else if (general && (found.Any(h => h.Column == known && !h.General)
                || (ownCityColumn && known is ImportColumn.PartnerCountry or ImportColumn.PartnerRegion or ImportColumn.Latitude or ImportColumn.Longitude)))
            {
                continue;
            }

            if (!mapping.Contains(known))
            {
                mapping[index] = known;
            }
        }

        return mapping;
    }

    /// <summary>The headers of a file that the mapping leaves out (blank headers aside).</summary>
    public static IReadOnlyList<string> Unused(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn?> mapping) =>
        [.. headers.Where((text, index) => mapping[index] is null && !string.IsNullOrWhiteSpace(text))];

    /// <summary>
    /// Why the rows cannot be read with this mapping: the partner city column is missing, or a column is chosen for
    /// several headers. Empty when the mapping can be used.
    /// </summary>
    public static IReadOnlyList<MappingProblem> Problems(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn?> mapping)
    {
        var problems = new List<MappingProblem>();
        if (!mapping.Contains(ImportColumn.PartnerCity))
        {
            problems.Add(new MappingProblem(ImportColumn.PartnerCity, []));
        }

        problems.AddRange(mapping
            .Select((column, index) => (Column: column, Header: headers[index]))
            .Where(m => m.Column is not null)
            .GroupBy(m => m.Column!.Value)
            .Where(group => group.Count() > 1)
            .Select(group => new MappingProblem(group.Key, [.. group.Select(m => m.Header)])));
        return problems;
    }

    /// <summary>
    /// Whether the user sees the columns before the rows are judged: a header that the import does not know would
    /// otherwise be left out unseen (it may be the country that tells two namesakes apart), or the mapping has a problem.
    /// The columns of the portal's own export and file of skipped rows that the import has no use for are left out
    /// without asking.
    /// </summary>
    public static bool NeedsReview(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn?> mapping) =>
        Unused(headers, mapping).Any(header => !_portalOnlyHeaders.Contains(HeaderKey(header))) || Problems(headers, mapping).Count > 0;

    /// <summary>The data rows under the header row, read with a mapping that has no <see cref="Problems"/>.</summary>
    public static IReadOnlyList<ImportRow> Rows(IReadOnlyList<SheetRow> sheet, IReadOnlyList<ImportColumn?> mapping)
    {
        if (Problems(sheet[0].Cells, mapping).Count > 0)
        {
            throw new ArgumentException("The mapping has problems; show them to the user instead.", nameof(mapping));
        }

        return [.. sheet.Skip(1).Select(row => new ImportRow(row.Number, mapping
            .Select((column, index) => (Column: column, Index: index))
            .Where(m => m.Column is not null && m.Index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[m.Index]))
            .ToDictionary(m => m.Column!.Value, m => row.Cells[m.Index].Trim())))];
    }

    /// <summary>A latitude or longitude in degrees, with a decimal point or comma; null when empty, unreadable or out of range.</summary>
    public static double? ReadCoordinate(string text, double limit) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= limit && !double.IsNaN(value)
            ? value
            : null;

    /// <summary>The kind's name ("ProjectPartnership", "project partnership") or its English or German label.</summary>
    public static bool TryParseKind(string text, out PartnershipKind kind) => TryParse(text, _kindsByLabel, out kind);

    public static bool TryParseStatus(string text, out PartnershipStatus status) => TryParse(text, _statusesByLabel, out status);

    /// <summary>The action area names in a cell, e.g. "Economic prosperity; Knowledge exchange".</summary>
    public static IReadOnlyList<string> SplitAreas(string text) =>
        [.. text.Split(AreaSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    // Lower case, single spaces, without the "*" of a required column or a trailing colon.
    private static string HeaderKey(string header) => string.Join(' ', header.Trim().TrimEnd('*', ':').Trim()
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

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
