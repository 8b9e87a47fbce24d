using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Partnerships.Import;

/// <summary>
/// Checks import rows against the register and the domain's rules, the same way for the preview and again at the
/// commit: resolves partner cities and action areas, builds each partnership in memory (so the entity's own rules
/// decide), and finds duplicates among existing partnerships and among the file's rows.
/// </summary>
public static class ImportCheck
{
    public static async Task<IReadOnlyList<CheckedRow>> RunAsync(AppDbContext db, int ownCityId, IReadOnlyList<ImportRow> rows,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cities = await CandidatesAsync(db, rows, cancellationToken);
        // Tracked: the partnerships built here are saved with them at the commit.
        var areas = await db.ActionAreas.ToListAsync(cancellationToken);
        var checkedRows = rows.Select(row => Interpret(row, cities, areas)).ToList();

        var partnerIds = checkedRows.Where(r => r.Partner is not null).Select(r => r.Partner!.Id).Distinct().ToList();
        var existing = await db.Partnerships.AsNoTracking()
            .Where(p => (p.CityId == ownCityId && partnerIds.Contains(p.PartnerCityId)) || (p.PartnerCityId == ownCityId && partnerIds.Contains(p.CityId)))
            .ToListAsync(cancellationToken);

        var built = new List<(int Row, Partnership Partnership)>();
        foreach (var row in checkedRows.Where(r => r.Partner is not null && r.Kind is not null && r.Status is not null && r.DatesRead))
        {
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

    /// <summary>Reads one row's cells into values; what cannot be read becomes an error naming its column.</summary>
    private static CheckedRow Interpret(ImportRow source, ILookup<string, CityCandidate> cities, List<ActionArea> areas)
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
            ResolvePartner(row, cities[name].ToList(), country);
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
    /// The city of that name, preferring one in the given country. Several in that country: the largest, with a
    /// note, since the preview shows which one it is. Several in different countries and none given: an error.
    /// </summary>
    private static void ResolvePartner(CheckedRow row, List<CityCandidate> candidates, string? country)
    {
        var inCountry = country is null ? candidates : candidates.Where(c => c.CountryCode == country).ToList();
        if (inCountry.Count == 0)
        {
            row.Errors.Add(candidates.Count == 0 || country is null
                ? new RowError(ImportColumn.PartnerCity, RowErrorKeys.CityNotFound)
                : new RowError(ImportColumn.PartnerCity, RowErrorKeys.CityNotInCountry, CountryNames.Display(country)));
            return;
        }

        if (country is null && inCountry.Select(c => c.CountryCode).Distinct().Count() > 1)
        {
            row.Errors.Add(new RowError(ImportColumn.PartnerCountry, RowErrorKeys.CityAmbiguous));
            return;
        }

        row.Partner = inCountry.OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.Id).First();
        row.SameNameCount = inCountry.Count;
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

    /// <summary>Cities named as in the file (accents and case ignored, as PostgreSQL's unaccent sees them), by typed name.</summary>
    private static async Task<ILookup<string, CityCandidate>> CandidatesAsync(AppDbContext db, IReadOnlyList<ImportRow> rows,
        CancellationToken cancellationToken)
    {
        var names = rows.Select(r => r[ImportColumn.PartnerCity])
            .Where(n => n.Length is > 0 and <= City.NameMaxLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return Array.Empty<CityCandidate>().ToLookup(c => c.Typed);
        }

        // One query for the whole file; a join (not a correlated Where) lets PostgreSQL hash the names once.
        var matches = await db.Cities.AsNoTracking()
            .Join(names, c => EF.Property<string>(c, CityConfiguration.SearchNameColumn), n => SearchText.Unaccent(SearchText.Lower(n)),
                (c, n) => new CityCandidate(n, c.Id, c.Name, c.Region, c.CountryCode, c.Population))
            .ToListAsync(cancellationToken);
        return matches.ToLookup(c => c.Typed, StringComparer.Ordinal);
    }

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

public sealed record CityCandidate(string Typed, int Id, string Name, string? Region, string CountryCode, int? Population);

/// <summary>A row of the file as it will be saved, and what stops it.</summary>
public sealed class CheckedRow(ImportRow source)
{
    public ImportRow Source { get; } = source;

    public CityCandidate? Partner { get; set; }

    /// <summary>How many cities of the partner's name the country has; more than one means the largest was taken.</summary>
    public int SameNameCount { get; set; }

    public PartnershipKind? Kind { get; set; }

    public PartnershipStatus? Status { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public bool DatesRead { get; set; } = true;

    public string? Description { get; set; }

    public List<ActionArea> Areas { get; } = [];

    public List<RowError> Errors { get; } = [];

    /// <summary>The partnership to save; set only when the row has no errors.</summary>
    public Partnership? Partnership { get; set; }
}

/// <summary>What is wrong with a row: a resource key and its arguments, and the column it is about (null: the whole row).</summary>
public sealed record RowError(ImportColumn? Column, string Key, params object[] Arguments);
