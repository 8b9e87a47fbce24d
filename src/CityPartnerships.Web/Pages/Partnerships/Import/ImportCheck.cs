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

    public static async Task<IReadOnlyList<CheckedRow>> RunAsync(AppDbContext db, int ownCityId, IReadOnlyList<ImportRow> rows,
        ImportDecisions decisions, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cities = await CandidatesAsync(db, rows, cancellationToken);
        // Tracked: the partnerships built here are saved with them at the commit.
        var areas = await db.ActionAreas.ToListAsync(cancellationToken);
        var checkedRows = rows.Select(row => Interpret(row, cities, areas, decisions)).ToList();

        var partnerIds = checkedRows.Where(r => r.Partner is not null).Select(r => r.Partner!.Id).Distinct().ToList();
        var existing = await db.Partnerships.AsNoTracking()
            .Where(p => (p.CityId == ownCityId && partnerIds.Contains(p.PartnerCityId)) || (p.PartnerCityId == ownCityId && partnerIds.Contains(p.CityId)))
            .ToListAsync(cancellationToken);

        var built = new List<(int Row, Partnership Partnership)>();
        foreach (var row in checkedRows.Where(r => r.Partner is not null && r.Kind is not null && r.Status is not null && r.DatesRead))
        {
            // The same pair and kind, whatever its status: updated or skipped, never added a second time.
            if (existing.FirstOrDefault(p => p.Involves(row.Partner!.Id) && p.Kind == row.Kind) is { } same)
            {
                row.Existing = new ExistingPartnership(same.Id, same.Status, same.CreatedAt);
                row.UpdateExisting = decisions.Updates.Contains(row.Source.Number);
                continue;
            }

            Partnership partnership;
            try
            {
                partnership = new Partnership(ownCityId, row.Partner!.Id, row.Kind!.Value, row.Status!.Value, row.StartedOn, row.EndedOn,
                    row.Description, nowUtc);
                partnership.EnsureNoActiveDuplicateAmong(existing);
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
                row.StartedOn ?? partnership.StartedOn, row.EndedOn ?? partnership.EndedOn, row.Description ?? partnership.Description);
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
    private static CheckedRow Interpret(ImportRow source, ILookup<string, CityCandidate> cities, List<ActionArea> areas, ImportDecisions decisions)
    {
        var row = new CheckedRow(source);
        var countryText = source[ImportColumn.PartnerCountry];
        string? country = null;
        if (countryText.Length > 0 && (country = CountryLookup.Find(countryText)) is null)
        {
            row.Errors.Add(new RowError(ImportColumn.PartnerCountry, RowErrorKeys.UnknownCountry, countryText));
        }

        var name = source[ImportColumn.PartnerCity];
        if (name.Length == 0)
        {
            row.Errors.Add(new RowError(ImportColumn.PartnerCity, RowErrorKeys.PartnerRequired));
        }
        else if (countryText.Length == 0 || country is not null)
        {
            ResolvePartner(row, cities, country, decisions.Partners.GetValueOrDefault(source.Number));
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
    /// The places of the row's name (in its country, when given). One, or one that the region or coordinates in the
    /// file point to, is taken; otherwise the namesakes are offered and the user chooses. A choice the user made in
    /// the preview counts when it is one of them.
    /// </summary>
    private static void ResolvePartner(CheckedRow row, ILookup<string, CityCandidate> cities, string? country, int chosenId)
    {
        var typed = row.Source[ImportColumn.PartnerCity];
        var (name, regionInName) = PartnerMatch.SplitRegion(typed);
        // "Frankfurt (Oder)" is a name of its own; "Springfield (Illinois)" is a name and a region.
        var all = cities[typed].Any() ? cities[typed].ToList() : cities[name].ToList();
        var candidates = (country is null ? all : all.Where(c => c.CountryCode == country))
            .OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.Id)
            .ToList();
        if (candidates.Count == 0)
        {
            row.Errors.Add(all.Count == 0 || country is null
                ? new RowError(ImportColumn.PartnerCity, RowErrorKeys.CityNotFound)
                : new RowError(ImportColumn.PartnerCity, RowErrorKeys.CityNotInCountry, CountryNames.Display(country)));
            return;
        }

        if (candidates.Count > 1)
        {
            row.Candidates = candidates.Take(MaxCandidates).ToList();
        }

        if (candidates.FirstOrDefault(c => c.Id == chosenId) is { } chosen)
        {
            (row.Partner, row.Decision) = (chosen, PartnerDecision.User);
            return;
        }

        var regions = new[] { row.Source[ImportColumn.PartnerRegion], regionInName ?? string.Empty, row.Source[ImportColumn.PartnerCountry] };
        var hints = new PartnerHints(regions, ImportSheet.ReadCoordinate(row.Source[ImportColumn.Latitude], 90),
            ImportSheet.ReadCoordinate(row.Source[ImportColumn.Longitude], 180));
        (row.Partner, row.Decision) = PartnerMatch.Choose(candidates, hints);
        if (row.Partner is not null && !row.Candidates.Contains(row.Partner))
        {
            row.Candidates = [row.Partner, .. row.Candidates];
        }
    }

    private static DateOnly? ReadDate(CheckedRow row, ImportColumn column)
    {
        var text = row.Source[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (ImportSheet.TryParseDate(text, out var date))
        {
            return date;
        }

        // "Since 1988", as in Wikipedia's lists: a day the file does not give would look as if it did.
        row.Errors.Add(new RowError(column, ImportSheet.IsYearOnly(text) ? RowErrorKeys.YearOnly : RowErrorKeys.BadDate, text));
        row.DatesRead = false;
        return null;
    }

    private static Task<ILookup<string, CityCandidate>> CandidatesAsync(AppDbContext db, IReadOnlyList<ImportRow> rows,
        CancellationToken cancellationToken) =>
        // The own city too: the domain then says why it cannot be its own partner.
        db.CandidatesNamedAsync(rows.Select(r => r[ImportColumn.PartnerCity]), cancellationToken);

    // The parameter names of the domain's rules, mapped to the file's columns.
    private static ImportColumn? ColumnOf(string? paramName) => paramName?.ToUpperInvariant() switch
    {
        "PARTNERCITYID" => ImportColumn.PartnerCity,
        "KIND" => ImportColumn.Kind,
        "STATUS" => ImportColumn.Status,
        "STARTEDON" => ImportColumn.StartedOn,
        "ENDEDON" => ImportColumn.EndedOn,
        "DESCRIPTION" => ImportColumn.Description,
        _ => null,
    };
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

    public CityCandidate? Partner { get; set; }

    public PartnerDecision Decision { get; set; }

    /// <summary>The places of the partner's name when there are several, largest first: the user may choose another.</summary>
    public IReadOnlyList<CityCandidate> Candidates { get; set; } = [];

    public PartnershipKind? Kind { get; set; }

    public PartnershipStatus? Status { get; set; }

    /// <summary>Whether the file gives a status (else a new partnership is active and an existing one keeps its own).</summary>
    public bool StatusGiven { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

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
