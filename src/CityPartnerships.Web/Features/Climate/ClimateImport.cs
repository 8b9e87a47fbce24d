using System.Globalization;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Pages.Partnerships.Import;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Features.Climate;

/// <summary>What is wrong with a row: the resource key of the message and what to put into it.</summary>
public sealed record ClimateRowError(string Key, string? Detail = null);

/// <summary>A row of a climate file as it will be saved: its city, period and values, or what stops it.</summary>
public sealed class CheckedClimateRow(ClimateRow source)
{
    public ClimateRow Source { get; } = source;

    public CityCandidate? City { get; set; }

    public PartnerDecision Decision { get; set; } = PartnerDecision.Undecided;

    public ClimatePeriod? Period { get; set; }

    public ClimateIndicators? Values { get; set; }

    public List<ClimateRowError> Errors { get; } = [];

    /// <summary>The row names no place of the portal or the gazetteer (or none near its coordinates).</summary>
    public bool IsUnmatched { get; set; }

    public bool IsReady => Errors.Count == 0;
}

/// <summary>Where the values come from, as the admin gives it in the form (or the demo data for its files).</summary>
public sealed record ClimateSourceInput(string Name, string Citation, string? Licence, string? Url);

/// <summary>What a commit did: every row saved, or nothing (and why).</summary>
public sealed record ClimateImportResult(bool Saved, int RowsSaved, IReadOnlyList<CheckedClimateRow> Rows, IReadOnlyList<string> UnmatchedRows);

/// <summary>
/// Checks climate rows and saves them, for the admins' CSV import and the demo data alike. Each row's city is found as
/// the partnership import finds partners (<see cref="CitySearch.CandidatesNamedAsync"/>, <see cref="PartnerMatch"/>):
/// by any of its names, in the country given, and among namesakes by region or coordinates. A commit saves every row
/// or none; only the demo import may leave out rows whose city is not in the portal, and it records them.
/// </summary>
public sealed class ClimateImport(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CheckedClimateRow>> CheckAsync(IReadOnlyList<ClimateRow> rows, CancellationToken cancellationToken)
    {
        var cities = await db.CandidatesNamedAsync(rows.Select(r => r.City), cancellationToken);
        var checkedRows = new List<CheckedClimateRow>(rows.Count);
        var seen = new Dictionary<(int, string, string), int>();
        foreach (var row in rows)
        {
            var result = new CheckedClimateRow(row);
            ResolveCity(result, cities);
            ReadPeriod(result);
            ReadValues(result);
            if (result is { City: { } city, Period: { } period })
            {
                if (seen.TryGetValue((city.Id, period.Period, period.Scenario), out var first))
                {
                    // A second row of one city (two names of the file matched to one place): it has no city of its own.
                    result.IsUnmatched = true;
                    result.Errors.Add(new ClimateRowError("ClimateImport.Error.Duplicate", first.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    seen[(city.Id, period.Period, period.Scenario)] = row.Number;
                }
            }

            checkedRows.Add(result);
        }

        return checkedRows;
    }

    /// <summary>
    /// Saves the rows under the data set (created, or updated when one of that name exists) in one transaction. With
    /// <paramref name="leaveOutUnmatched"/> rows whose only problem is an unknown city are left out and recorded on the
    /// data set; any other problem saves nothing.
    /// </summary>
    public async Task<ClimateImportResult> CommitAsync(ClimateSourceInput source, IReadOnlyList<ClimateRow> rows, bool leaveOutUnmatched,
        CancellationToken cancellationToken)
    {
        var checkedRows = await CheckAsync(rows, cancellationToken);
        var blocking = checkedRows.Where(r => !r.IsReady && !(leaveOutUnmatched && r.IsUnmatched && r.Errors.Count == 1)).ToList();
        if (blocking.Count > 0 || checkedRows.Count == 0)
        {
            return new ClimateImportResult(false, 0, checkedRows, []);
        }

        var ready = checkedRows.Where(r => r.IsReady).ToList();
        var unmatched = checkedRows.Where(r => r.IsUnmatched)
            .Select(r => r.Source.Number.ToString(CultureInfo.InvariantCulture) + ": " + r.Source.City)
            .Distinct()
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dataSet = await db.ClimateDataSets.SingleOrDefaultAsync(d => d.Name == source.Name.Trim(), cancellationToken);
        if (dataSet is null)
        {
            dataSet = new ClimateDataSet(source.Name, source.Citation, source.Licence, source.Url, clock.GetUtcNow().UtcDateTime);
            db.ClimateDataSets.Add(dataSet);
            await db.SaveChangesAsync(cancellationToken);
        }

        var cityIds = ready.Select(r => r.City!.Id).Distinct().ToList();
        var existing = (await db.CityClimates.Where(c => cityIds.Contains(c.CityId)).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.CityId, c.Period, c.Scenario));
        foreach (var row in ready)
        {
            var (city, period, values) = (row.City!, row.Period!, row.Values!.Value);
            var derivation = row.Source.Derivation.Length > 0 ? row.Source.Derivation : null;
            if (existing.TryGetValue((city.Id, period.Period, period.Scenario), out var known))
            {
                known.Replace(values, dataSet.Id, derivation);
            }
            else
            {
                db.CityClimates.Add(new CityClimate(city.Id, period, values, dataSet.Id, derivation));
            }
        }

        dataSet.RecordImport(rows.Select(r => r.Number).Distinct().Count(), ready.Count, unmatched);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClimateImportResult(true, ready.Count, checkedRows, unmatched);
    }

    private static void ResolveCity(CheckedClimateRow row, ILookup<string, CityCandidate> cities)
    {
        var source = row.Source;
        if (source.City.Length == 0)
        {
            row.Errors.Add(new ClimateRowError("ClimateImport.Error.CityRequired"));
            return;
        }

        string? country = null;
        if (source.Country.Length > 0 && (country = CountryLookup.Find(source.Country)) is null)
        {
            row.Errors.Add(new ClimateRowError("ClimateImport.Error.UnknownCountry", source.Country));
            return;
        }

        var latitude = ImportSheet.ReadCoordinate(source.Latitude, 90);
        var longitude = ImportSheet.ReadCoordinate(source.Longitude, 180);
        if ((source.Latitude.Length > 0 && latitude is null) || (source.Longitude.Length > 0 && longitude is null) || (latitude is null != longitude is null))
        {
            row.Errors.Add(new ClimateRowError("ClimateImport.Error.Coordinates"));
            return;
        }

        var (name, regionInName) = PartnerMatch.SplitRegion(source.City);
        var all = cities[source.City].Any() ? cities[source.City].ToList() : cities[name].ToList();
        var candidates = (country is null ? all : all.Where(c => c.CountryCode == country))
            .OrderByDescending(c => c.Population ?? 0).ThenBy(c => c.Id)
            .ToList();
        if (candidates.Count == 0)
        {
            row.IsUnmatched = true;
            row.Errors.Add(all.Count == 0 || country is null
                ? new ClimateRowError("ClimateImport.Error.CityNotFound")
                : new ClimateRowError("ClimateImport.Error.CityNotInCountry", CountryNames.Display(country)));
            return;
        }

        var hints = new PartnerHints([source.Region, regionInName ?? string.Empty, source.Country], latitude, longitude);
        (row.City, row.Decision) = PartnerMatch.Choose(candidates, hints);
        if (row.City is null)
        {
            row.IsUnmatched = latitude is not null;
            row.Errors.Add(latitude is not null
                ? new ClimateRowError("ClimateImport.Error.CityNotNearCoordinates", PartnerMatch.SamePlaceKm.ToString(CultureInfo.InvariantCulture))
                : new ClimateRowError("ClimateImport.Error.CityAmbiguous", candidates.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void ReadPeriod(CheckedClimateRow row)
    {
        try
        {
            row.Period = ClimatePeriod.Parse(row.Source.Period, row.Source.Scenario);
        }
        catch (DomainException e)
        {
            row.Errors.Add(new ClimateRowError("DomainError." + e.Code, row.Source.Period));
        }
    }

    private static void ReadValues(CheckedClimateRow row)
    {
        var numbers = row.Source.Values.Select(ClimateFile.ReadNumber).ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i] is null)
            {
                row.Errors.Add(new ClimateRowError("ClimateImport.Error.NotANumber", ClimateFile.IndicatorColumns[i]));
            }
        }

        if (numbers.Any(n => n is null))
        {
            return;
        }

        try
        {
            row.Values = new ClimateIndicators(numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value, numbers[4]!.Value).Validated();
            if (row.Source.Derivation.Length > CityClimate.DerivationMaxLength)
            {
                throw new DomainException(ErrorCodes.Climate.Derivation.TooLong, "Derivation too long.", "derivation");
            }
        }
        catch (DomainException e)
        {
            row.Errors.Add(new ClimateRowError("DomainError." + e.Code, e.ParamName));
        }
    }
}
