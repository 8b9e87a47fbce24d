using System.Globalization;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// Checks import rows against the register and the domain's rules, the same way for the preview and again at the
/// commit: resolves partner cities (or offers the namesakes to choose from) and action areas, builds each new
/// partnership in memory (so the entity's own rules decide), recognises pairs already in the register, and finds
/// duplicates among the file's rows.
/// </summary>
public static class ImportCheck
{
    /// <summary>At most this many namesakes are offered in a row's choice, largest first.</summary>
    public const int MaxCandidates = 15;

    /// <summary>
    /// Checks the rows for <paramref name="ownCityId"/>, the city whose partnerships the file lists; null for an
    /// association's file, whose rows name their own city.
    /// </summary>
    public static async Task<IReadOnlyList<CheckedRow>> RunAsync(AppDbContext db, int? ownCityId, IReadOnlyList<ImportRow> rows,
        ImportDecisions decisions, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cities = await CandidatesAsync(db, rows, cancellationToken);
        var byGeoNameId = await GeoNamePlacesAsync(db, rows, cancellationToken);
        // Tracked: the partnerships built here are saved with them at the commit.
        var areas = await db.ActionAreas.ToListAsync(cancellationToken);
        var ownCity = ownCityId is { } id
            ? await db.Cities.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new CityCandidate(c.Id, c.Name, c.Region, c.CountryCode, c.Population, c.Latitude, c.Longitude)).SingleAsync(cancellationToken)
            : null;
        var checkedRows = rows.Select(row => Interpret(row, ownCity, cities, byGeoNameId, areas, decisions)).ToList();

        var ownIds = checkedRows.Where(r => r.Own is not null).Select(r => r.Own!.Id).Distinct().ToList();
        var partnerIds = checkedRows.Where(r => r.Partner is not null).Select(r => r.Partner!.Id).Distinct().ToList();
        var existing = (await db.Partnerships.AsNoTracking()
            .Where(p => (ownIds.Contains(p.CityId) && partnerIds.Contains(p.PartnerCityId)) || (ownIds.Contains(p.PartnerCityId) && partnerIds.Contains(p.CityId)))
            .ToListAsync(cancellationToken))
            .ToLookup(p => (Math.Min(p.CityId, p.PartnerCityId), Math.Max(p.CityId, p.PartnerCityId)));

        var built = new List<(int Row, Partnership Partnership)>();
        foreach (var row in checkedRows.Where(r => r.Own is not null && r.Partner is not null && r.Kind is not null && r.Status is not null && r.DatesRead))
        {
            var pair = existing[(Math.Min(row.Own!.Id, row.Partner!.Id), Math.Max(row.Own.Id, row.Partner.Id))].ToList();
            // The same pair and kind, whatever its status: updated or skipped, never added a second time.
            if (pair.FirstOrDefault(p => p.Kind == row.Kind) is { } same)
            {
                row.Existing = new ExistingPartnership(same.Id, same.Status, same.CreatedAt);
                row.UpdateExisting = decisions.Updates.Contains(row.Source.Number);
                continue;
            }

            Partnership partnership;
            try
            {
                partnership = new Partnership(row.Own.Id, row.Partner.Id, row.Kind!.Value, row.Status!.Value, row.StartedOn, row.EndedOn,
                    row.Description, nowUtc);
                partnership.EnsureNoActiveDuplicateAmong(pair);
            }
            catch (DomainException error)
            {
                row.Errors.Add(new RowError(ColumnOf(error.ParamName), error.Code == ErrorCodes.Partnership.DuplicateActive
                    ? RowErrorKeys.DuplicateExisting
                    : $"DomainError.{error.Code}"));
                continue;
            }

            if (built.FirstOrDefault(b => partnership.DuplicatesActive(b.Partnership)) is { Partnership: not null } earlier)
            {
                row.Errors.Add(new RowError(ImportColumn.Kind, RowErrorKeys.DuplicateInFile, earlier.Row));
            }

            built.Add((row.Source.Number, partnership));
            if (row.Errors.Count == 0)
            {
                partnership.SetActionAreas(row.Areas);
                partnership.MarkVerified(nowUtc);
                row.Partnership = partnership;
            }
        }

        return checkedRows;
    }

    /// <summary>
    /// Applies a row to the partnership already in the register: what the file gives replaces what is there, empty
    /// cells change nothing. Null when the domain refuses it, with the reason added to the row.
    /// </summary>
    public static bool TryUpdate(CheckedRow row, Partnership partnership, DateTime nowUtc)
    {
        try
        {
            partnership.UpdateDetails(partnership.Kind, row.StatusGiven ? row.Status!.Value : partnership.Status,
                row.StartedOn ?? partnership.Started, row.EndedOn ?? partnership.Ended, row.Description ?? partnership.Description);
            if (row.Areas.Count > 0)
            {
                partnership.SetActionAreas(partnership.ActionAreas.Union(row.Areas).ToList());
            }

            partnership.MarkVerified(nowUtc);
            return true;
        }
        catch (DomainException error)
        {
            row.Errors.Add(new RowError(ColumnOf(error.ParamName), $"DomainError.{error.Code}"));
            return false;
        }
    }

    /// <summary>Reads one row's cells into values; what cannot be read becomes an error naming its column.</summary>
    private static CheckedRow Interpret(ImportRow source, CityCandidate? ownCity, ILookup<string, CityCandidate> cities,
        IReadOnlyDictionary<int, CityCandidate> byGeoNameId, List<ActionArea> areas, ImportDecisions decisions)
    {
        var row = new CheckedRow(source) { Own = ownCity };
        if (ownCity is null)
        {
            ResolveOwn(row, cities, byGeoNameId);
        }
        else if (source[ImportColumn.OwnCity] is { Length: > 0 } ownText && !Names(cities, ownText).Any(c => c.Id == ownCity.Id))
        {
            // A file of the register's own export lists a partnership under the city that logged it: the own city may
            // be the partner column. Any other city is not this import's business.
            if (Names(cities, source[ImportColumn.PartnerCity]).Any(c => c.Id == ownCity.Id))
            {
                row = new CheckedRow(source.Swapped()) { Own = ownCity };
                source = row.Source;
            }
            else
            {
                row.Errors.Add(new RowError(ImportColumn.OwnCity, RowErrorKeys.NotOwnCity, ownText, ownCity.Name));
                row.Own = null;
            }
        }

        if (row.Source[ImportColumn.PartnerCity].Length == 0)
        {
            row.Errors.Add(new RowError(ImportColumn.PartnerCity, RowErrorKeys.PartnerRequired));
        }
        else if (Resolve(row, PlaceColumns.Partner, cities, byGeoNameId, decisions.Partners.GetValueOrDefault(source.Number)) is { } partner)
        {
            (row.Partner, row.Decision, row.Candidates) = partner;
        }

        row.Kind = PartnershipKind.Twinning;
        if (source[ImportColumn.Kind] is { Length: > 0 } kindText)
        {
            row.Kind = ImportSheet.TryParseKind(kindText, out var kind) ? kind : null;
            if (row.Kind is null)
            {
                row.Errors.Add(new RowError(ImportColumn.Kind, RowErrorKeys.UnknownKind, kindText));
            }
        }

        row.Status = PartnershipStatus.Active;
        if (source[ImportColumn.Status] is { Length: > 0 } statusText)
        {
            row.StatusGiven = true;
            row.Status = ImportSheet.TryParseStatus(statusText, out var status) ? status : null;
            if (row.Status is null)
            {
                row.Errors.Add(new RowError(ImportColumn.Status, RowErrorKeys.UnknownStatus, statusText));
            }
        }

        row.StartedOn = ReadDate(row, ImportColumn.StartedOn);
        row.EndedOn = ReadDate(row, ImportColumn.EndedOn);
        row.Description = source[ImportColumn.Description] is { Length: > 0 } description ? description : null;

        foreach (var areaName in ImportSheet.SplitAreas(source[ImportColumn.ActionAreas]))
        {
            // The English or the German name, whichever the spreadsheet was written in.
            if (areas.FirstOrDefault(a => a.Name.Equals(areaName, StringComparison.OrdinalIgnoreCase)
                || (a.GermanName?.Equals(areaName, StringComparison.OrdinalIgnoreCase) ?? false)) is { } area)
            {
                row.Areas.Add(area);
            }
            else
            {
                row.Errors.Add(new RowError(ImportColumn.ActionAreas, RowErrorKeys.UnknownArea, areaName));
            }
        }

        return row;
    }

    /// <summary>
    /// The own city of a row in an association's file. It must be told apart without asking: a namesake that neither
    /// the region, the coordinates nor the size settles is an error to fix in the file.
    /// </summary>
    private static void ResolveOwn(CheckedRow row, ILookup<string, CityCandidate> cities, IReadOnlyDictionary<int, CityCandidate> byGeoNameId)
    {
        if (row.Source[ImportColumn.OwnCity].Length == 0)
        {
            row.Errors.Add(new RowError(ImportColumn.OwnCity, RowErrorKeys.OwnCityRequired));
            return;
        }

        if (Resolve(row, PlaceColumns.Own, cities, byGeoNameId, chosenId: 0) is { } own)
        {
            if (own is { Place: not null, Decision: not PartnerDecision.FarLargest })
            {
                row.Own = own.Place;
            }
            else
            {
                row.Errors.Add(new RowError(ImportColumn.OwnCity, RowErrorKeys.OwnCityAmbiguous, own.Candidates.Count));
            }
        }
    }

    /// <summary>
    /// The places of a row's name (in its country, when given): the one its GeoNames id names, or the only one, or
    /// one that the region or coordinates in the file point to, or one the user chose among the namesakes; otherwise
    /// null with the namesakes to offer. Null as a whole when the row names no place that exists (an error is added).
    /// </summary>
    private static (CityCandidate? Place, PartnerDecision Decision, IReadOnlyList<CityCandidate> Candidates)? Resolve(CheckedRow row,
        PlaceColumns columns, ILookup<string, CityCandidate> cities, IReadOnlyDictionary<int, CityCandidate> byGeoNameId, int chosenId)
    {
        if (int.TryParse(row.Source[columns.GeoNameId], NumberStyles.None, CultureInfo.InvariantCulture, out var geoNameId)
            && byGeoNameId.TryGetValue(geoNameId, out var identified))
        {
            return (identified, PartnerDecision.OnlyOne, []);
        }

        var countryText = row.Source[columns.Country];
        string? country = null;
        if (countryText.Length > 0 && (country = CountryLookup.Find(countryText)) is null)
        {
            row.Errors.Add(new RowError(columns.Country, RowErrorKeys.UnknownCountry, countryText));
            return null;
        }

        var typed = row.Source[columns.Name];
        var (name, regionInName) = PartnerMatch.SplitRegion(typed);
        // "Frankfurt (Oder)" is a name of its own; "Springfield (Illinois)" is a name and a region.
        var all = cities[typed].Any() ? cities[typed].ToList() : cities[name].ToList();
        var candidates = (country is null ? all : all.Where(c => c.CountryCode == country))
            .OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.Id)
            .ToList();
        if (candidates.Count == 0)
        {
            row.Errors.Add(all.Count == 0 || country is null
                ? new RowError(columns.Name, RowErrorKeys.CityNotFound)
                : new RowError(columns.Name, RowErrorKeys.CityNotInCountry, CountryNames.Display(country)));
            return null;
        }

        var offered = candidates.Count > 1 ? candidates.Take(MaxCandidates).ToList() : [];
        if (candidates.FirstOrDefault(c => c.Id == chosenId) is { } chosen)
        {
            return (chosen, PartnerDecision.User, offered);
        }

        var regions = new[] { columns.Region is { } region ? row.Source[region] : string.Empty, regionInName ?? string.Empty, countryText };
        var hints = new PartnerHints(regions, ImportSheet.ReadCoordinate(row.Source[columns.Latitude], 90),
            ImportSheet.ReadCoordinate(row.Source[columns.Longitude], 180));
        var (place, decision) = PartnerMatch.Choose(candidates, hints);
        if (place is not null && offered.Count > 0 && !offered.Contains(place))
        {
            offered.Insert(0, place);
        }

        return (place, decision, offered);
    }

    private static IEnumerable<CityCandidate> Names(ILookup<string, CityCandidate> cities, string typed) =>
        cities[typed].Concat(cities[PartnerMatch.SplitRegion(typed).Name]);

    /// <summary>A year, a month or a day, kept as precise as the file gives it; an ambiguous day/month order is refused.</summary>
    private static PartialDate? ReadDate(CheckedRow row, ImportColumn column)
    {
        var text = row.Source[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var errorCode))
        {
            return date;
        }

        row.Errors.Add(new RowError(column, RowErrorKeys.BadDate, text, new ResourceText($"DomainError.{errorCode}")));
        row.DatesRead = false;
        return null;
    }

    /// <summary>The places the file names, at either end, by any of their names.</summary>
    private static Task<ILookup<string, CityCandidate>> CandidatesAsync(AppDbContext db, IReadOnlyList<ImportRow> rows,
        CancellationToken cancellationToken) =>
        // The own city too: the domain then says why it cannot be its own partner.
        db.CandidatesNamedAsync(rows.SelectMany(r => new[] { r[ImportColumn.PartnerCity], r[ImportColumn.OwnCity] }), cancellationToken);

    /// <summary>The places the file names by their GeoNames id (the portal's export writes it), by that id.</summary>
    private static async Task<IReadOnlyDictionary<int, CityCandidate>> GeoNamePlacesAsync(AppDbContext db, IReadOnlyList<ImportRow> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.SelectMany(r => new[] { r[ImportColumn.PartnerGeoNameId], r[ImportColumn.OwnGeoNameId] })
            .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
        return ids.Count == 0
            ? new Dictionary<int, CityCandidate>()
            : await db.Cities.AsNoTracking().Where(c => c.GeoNameId != null && ids.Contains(c.GeoNameId.Value))
                .ToDictionaryAsync(c => c.GeoNameId!.Value,
                    c => new CityCandidate(c.Id, c.Name, c.Region, c.CountryCode, c.Population, c.Latitude, c.Longitude), cancellationToken);
    }

    // The parameter names of the domain's rules, mapped to the file's columns.
    private static ImportColumn? ColumnOf(string? paramName) => paramName?.ToUpperInvariant() switch
    {
        "PARTNERCITYID" => ImportColumn.PartnerCity,
        "CITYID" => ImportColumn.OwnCity,
        "KIND" => ImportColumn.Kind,
        "STATUS" => ImportColumn.Status,
        "STARTEDON" => ImportColumn.StartedOn,
        "ENDEDON" => ImportColumn.EndedOn,
        "DESCRIPTION" => ImportColumn.Description,
        _ => null,
    };
}

/// <summary>The columns that name one end of a partnership and tell its namesakes apart.</summary>
public sealed record PlaceColumns(ImportColumn Name, ImportColumn Country, ImportColumn? Region, ImportColumn Latitude, ImportColumn Longitude,
    ImportColumn GeoNameId)
{
    public static PlaceColumns Partner { get; } = new(ImportColumn.PartnerCity, ImportColumn.PartnerCountry, ImportColumn.PartnerRegion,
        ImportColumn.Latitude, ImportColumn.Longitude, ImportColumn.PartnerGeoNameId);

    public static PlaceColumns Own { get; } = new(ImportColumn.OwnCity, ImportColumn.OwnCountry, null, ImportColumn.OwnLatitude,
        ImportColumn.OwnLongitude, ImportColumn.OwnGeoNameId);

    public static bool IsOwn(ImportColumn column) =>
        column is ImportColumn.OwnCity or ImportColumn.OwnCountry or ImportColumn.OwnLatitude or ImportColumn.OwnLongitude or ImportColumn.OwnGeoNameId;
}

/// <summary>What the user decided in the preview: the partner of a row with namesakes, and rows to update.</summary>
public sealed record ImportDecisions(IReadOnlyDictionary<int, int> Partners, IReadOnlySet<int> Updates)
{
    public static ImportDecisions None { get; } = new(new Dictionary<int, int>(), new HashSet<int>());
}

/// <summary>A partnership of the same pair and kind already in the register.</summary>
public sealed record ExistingPartnership(int Id, PartnershipStatus Status, DateTime CreatedAt);

/// <summary>What the commit does with a row.</summary>
public enum RowOutcome
{
    Add,
    Update,
    SkipExisting,
    NeedsChoice,
    Error,
}

/// <summary>A row of the file as it will be saved, and what stops it.</summary>
public sealed class CheckedRow(ImportRow source)
{
    public ImportRow Source { get; } = source;

    /// <summary>The city whose partnership the row is: the importing city, or the one an association's row names.</summary>
    public CityCandidate? Own { get; set; }

    public CityCandidate? Partner { get; set; }

    public PartnerDecision Decision { get; set; }

    /// <summary>The places of the partner's name when there are several, largest first: the user may choose another.</summary>
    public IReadOnlyList<CityCandidate> Candidates { get; set; } = [];

    public PartnershipKind? Kind { get; set; }

    public PartnershipStatus? Status { get; set; }

    /// <summary>Whether the file gives a status (else a new partnership is active and an existing one keeps its own).</summary>
    public bool StatusGiven { get; set; }

    public PartialDate? StartedOn { get; set; }

    public PartialDate? EndedOn { get; set; }

    public bool DatesRead { get; set; } = true;

    public string? Description { get; set; }

    public List<ActionArea> Areas { get; } = [];

    public List<RowError> Errors { get; } = [];

    public ExistingPartnership? Existing { get; set; }

    public bool UpdateExisting { get; set; }

    /// <summary>The new partnership to save; set only when the row has no errors and is not in the register yet.</summary>
    public Partnership? Partnership { get; set; }

    public RowOutcome Outcome => this switch
    {
        { Errors.Count: > 0 } => RowOutcome.Error,
        { Partner: null, Candidates.Count: > 0 } => RowOutcome.NeedsChoice,
        { Existing: not null, UpdateExisting: true } => RowOutcome.Update,
        { Existing: not null } => RowOutcome.SkipExisting,
        { Partnership: not null } => RowOutcome.Add,
        _ => RowOutcome.Error,
    };

    /// <summary>Whether the commit leaves the row out for the user to fix (not: a pair already there and kept as it is).</summary>
    public bool IsSkipped => Outcome is RowOutcome.Error or RowOutcome.NeedsChoice;
}

/// <summary>What is wrong with a row: a resource key and its arguments, and the column it is about (null: the whole row).</summary>
public sealed record RowError(ImportColumn? Column, string Key, params object[] Arguments);

/// <summary>An argument of a <see cref="RowError"/> that is itself a text in the user's language.</summary>
public sealed record ResourceText(string Key);
