using System.Globalization;
using System.Reflection;
using System.Text;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Web.Features.Climate;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.Web.Data.DemoData;

/// <summary>
/// The demo's climate data: the Bastin et al. 2019 file (475 cities, today and 2050 under RCP 4.5) matched to the
/// portal's cities, the rows it cannot match recorded on its data set; then derived values, marked as such, for the
/// demo cities the file lacks (docs/climate-twins.md); and the two climate twinnings of the urban-diplomacy article.
/// Runs after the gazetteer, so that the file's cities are found among all places; idempotent.
/// </summary>
internal static class DemoClimate
{
    public const string ResourceName = "city-climate-bastin2019.csv";

    /// <summary>A demo city this close to a city of the file takes that city's values.</summary>
    public const double ProxyKm = 50;

    public static ClimateSourceInput Bastin { get; } = new(
        "Bastin et al. 2019: 475 cities today and in 2050 (RCP 4.5)",
        "Bastin J-F, Clark E, Elliott T, Hart S, van den Hoogen J, Hordijk I, et al. (2019) Understanding climate change from a global analysis of city analogues. PLoS ONE 14(7): e0217592. doi:10.1371/journal.pone.0217592",
        "CC BY 4.0",
        "https://doi.org/10.1371/journal.pone.0217592");

    public static ClimateSourceInput Derived { get; } = new(
        "Abgeleitete Werte für Demo-Städte",
        "Vom Portal berechnet (docs/climate-twins.md) aus Bastin et al. (2019), PLoS ONE 14(7): e0217592, doi:10.1371/journal.pone.0217592 (CC BY 4.0); für Toulouse und Leipzig heutige Werte aus dem Gedächtnis nach den Klimanormalwerten 1991–2020 von Météo-France (Station Toulouse-Blagnac) und Deutschem Wetterdienst (Station Leipzig/Halle) eingetragen: ungeprüft, nicht mit den veröffentlichten Tabellen verglichen, in keiner Datei des Portals enthalten; ein Admin ersetzt sie durch den Import geprüfter Werte.",
        "CC BY 4.0",
        null);

    /// <summary>
    /// Present-day values for demo cities of the article that the file lacks and no city of the file is near: mean, mean
    /// daily maximum of the warmest month, mean daily minimum of the coldest month, annual precipitation, precipitation
    /// of the wettest month. Typed in from memory of the station normals 1991–2020 and not checked against the published
    /// tables (no source for them in ../shared/data), so the page says they are unverified; they stay marked derived.
    /// </summary>
    public static IReadOnlyDictionary<string, (ClimateIndicators Values, string Source)> PublishedNormals { get; } =
        new Dictionary<string, (ClimateIndicators, string)>
        {
            ["Toulouse"] = (new(14.2, 29.3, 2.7, 618, 73), "Klimanormalwerte 1991–2020 von Météo-France, Station Toulouse-Blagnac, aus dem Gedächtnis eingetragen (ungeprüft)"),
            ["Leipzig"] = (new(10.0, 24.9, -2.1, 533, 66), "Klimanormalwerte 1991–2020 des Deutschen Wetterdienstes, Station Leipzig/Halle, aus dem Gedächtnis eingetragen (ungeprüft)"),
        };

    /// <summary>The article's climate twins: the first city's future climate resembles the second's today.</summary>
    public static IReadOnlyList<(string FutureCity, string AnalogueCity)> ArticleTwinnings { get; } =
    [
        ("Düsseldorf", "Toulouse"),
        ("Toulouse", "Tunis"),
    ];

    public const string ArticleHorizon = "end of the century";
    public const string ArticleSource = "Artikel zur Städtediplomatie (seeds/article-urban-diplomacy.txt): Klimaprojektionen für das Ende des Jahrhunderts";

    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var import = services.GetRequiredService<ClimateImport>();
        if (!await db.ClimateDataSets.AnyAsync(d => d.Name == Bastin.Name, cancellationToken))
        {
            var file = ReadBastinFile();
            var result = await import.CommitAsync(Bastin, file, leaveOutUnmatched: true, cancellationToken);
            if (!result.Saved)
            {
                var problems = result.Rows.Where(r => !r.IsReady && !r.IsUnmatched).Take(5)
                    .Select(r => $"row {r.Source.Number} {r.Source.City}: {string.Join(", ", r.Errors.Select(e => e.Key))}");
                throw new InvalidOperationException("The Bastin et al. 2019 climate file could not be imported: " + string.Join("; ", problems));
            }

            logger.LogInformation("Climate data of Bastin et al. 2019: {Saved} values saved; {Unmatched} rows name no city of the portal and are listed on the climate page",
                result.RowsSaved, result.UnmatchedRows.Count);
        }

        await SeedDerivedAsync(db, import, logger, cancellationToken);
        await SeedTwinningsAsync(db, cancellationToken);
    }

    /// <summary>The rows of the shipped file, in its wide shape (one row per city, two periods).</summary>
    public static IReadOnlyList<ClimateRow> ReadBastinFile()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ClimateFile.Parse(SpreadsheetReader.ParseCsv(reader.ReadToEnd(), ','));
    }

    private static async Task SeedDerivedAsync(AppDbContext db, ClimateImport import, ILogger logger, CancellationToken cancellationToken)
    {
        var names = DemoCatalogue.Cities.Select(c => c.Name).ToList();
        var withData = await db.CityClimates.AsNoTracking().Where(c => c.Period == ClimatePeriod.Present)
            .Join(db.Cities.Where(c => names.Contains(c.Name)), v => v.CityId, c => c.Id, (v, c) => new { c.Name, c.CountryCode })
            .ToListAsync(cancellationToken);
        var missing = DemoCatalogue.Cities.Where(d => !withData.Any(w => w.Name == d.Name && w.CountryCode == d.CountryCode)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var file = ReadBastinFile();
        var bastin = file.Where(r => r.Period == ClimatePeriod.Present)
            .Select(r => (Row: r, Future: file.First(f => f.Number == r.Number && f.Period != ClimatePeriod.Present)))
            .Select(p => (p.Row.City, Latitude: ClimateFile.ReadNumber(p.Row.Latitude)!.Value, Longitude: ClimateFile.ReadNumber(p.Row.Longitude)!.Value,
                Present: Values(p.Row), Future: Values(p.Future), p.Future.Period, p.Future.Scenario))
            .ToList();

        var rows = new List<ClimateRow>();
        var number = 1;
        foreach (var city in missing)
        {
            var nearest = bastin.MinBy(b => GeoDistance.Kilometres(city.Latitude, city.Longitude, b.Latitude, b.Longitude));
            var km = GeoDistance.Kilometres(city.Latitude, city.Longitude, nearest.Latitude, nearest.Longitude);
            ClimateIndicators present, future;
            string presentNote, futureNote;
            if (PublishedNormals.TryGetValue(city.Name, out var normals))
            {
                present = normals.Values;
                future = ApplyChange(present, nearest.Present, nearest.Future);
                presentNote = normals.Source + ".";
                futureNote = string.Create(CultureInfo.InvariantCulture,
                    $"{normals.Source}, dazu die Änderung, die Bastin et al. (2019) für {nearest.City} ({km:0} km entfernt) projizieren: Temperaturen um deren Differenz verschoben, Niederschläge mit deren Verhältnis skaliert.");
            }
            else if (km <= ProxyKm)
            {
                (present, future) = (nearest.Present, nearest.Future);
                presentNote = string.Create(CultureInfo.InvariantCulture, $"Werte von {nearest.City} ({km:0} km entfernt) aus Bastin et al. (2019).");
                futureNote = presentNote;
            }
            else
            {
                logger.LogInformation("No climate values for demo city {City}: no published normals here and no city of the file within {Km} km",
                    city.Name, ProxyKm);
                continue;
            }

            rows.Add(Row(number, city, ClimatePeriod.Present, ClimatePeriod.Observed, present, presentNote));
            rows.Add(Row(number, city, nearest.Period, nearest.Scenario, future, futureNote));
            number++;
        }

        var result = await import.CommitAsync(Derived, rows, leaveOutUnmatched: true, cancellationToken);
        logger.LogInformation("Derived climate values for {Count} demo cities (marked as derived)", result.Saved ? result.RowsSaved / 2 : 0);
    }

    /// <summary>Today's values moved by the change projected for a nearby city: temperatures by its difference, precipitation by its ratio.</summary>
    public static ClimateIndicators ApplyChange(ClimateIndicators present, ClimateIndicators nearbyPresent, ClimateIndicators nearbyFuture) => new(
        Math.Round(present.AnnualMeanTemperature + nearbyFuture.AnnualMeanTemperature - nearbyPresent.AnnualMeanTemperature, 2),
        Math.Round(present.MaxTemperatureWarmestMonth + nearbyFuture.MaxTemperatureWarmestMonth - nearbyPresent.MaxTemperatureWarmestMonth, 2),
        Math.Round(present.MinTemperatureColdestMonth + nearbyFuture.MinTemperatureColdestMonth - nearbyPresent.MinTemperatureColdestMonth, 2),
        Math.Round(present.AnnualPrecipitation * Ratio(nearbyFuture.AnnualPrecipitation, nearbyPresent.AnnualPrecipitation), 1),
        Math.Round(present.PrecipitationWettestMonth * Ratio(nearbyFuture.PrecipitationWettestMonth, nearbyPresent.PrecipitationWettestMonth), 1));

    private static double Ratio(double future, double present) => present > 0 ? future / present : 1;

    private static ClimateIndicators Values(ClimateRow row)
    {
        var v = row.Values.Select(text => ClimateFile.ReadNumber(text)!.Value).ToList();
        return new ClimateIndicators(v[0], v[1], v[2], v[3], v[4]);
    }

    private static ClimateRow Row(int number, DemoCity city, string period, string scenario, ClimateIndicators values, string derivation) => new(
        number, city.Name, city.CountryCode, city.Region ?? string.Empty,
        city.Latitude.ToString(CultureInfo.InvariantCulture), city.Longitude.ToString(CultureInfo.InvariantCulture), period, scenario,
        [.. ClimateIndicators.All.Select(i => values[i].ToString(CultureInfo.InvariantCulture))], derivation);

    private static async Task SeedTwinningsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.ClimateTwinnings.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (futureName, analogueName) in ArticleTwinnings)
        {
            var ids = await DemoCityIdsAsync(db, [futureName, analogueName], cancellationToken);
            if (ids.Count < 2)
            {
                continue;
            }

            var (futureId, analogueId) = (ids[futureName], ids[analogueName]);
            var partnershipId = await db.Partnerships
                .Where(p => (p.CityId == futureId && p.PartnerCityId == analogueId) || (p.CityId == analogueId && p.PartnerCityId == futureId))
                .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
            if (partnershipId is { } id)
            {
                db.ClimateTwinnings.Add(new ClimateTwinning(id, futureId, analogueId, ArticleHorizon, ArticleSource));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // The demo city of each name: the one of its country nearest to the demo coordinates, as the seeder chooses.
    private static async Task<Dictionary<string, int>> DemoCityIdsAsync(AppDbContext db, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var demo = DemoCatalogue.Cities.Where(c => names.Contains(c.Name)).ToList();
        var found = await db.Cities.AsNoTracking().Where(c => names.Contains(c.Name))
            .Select(c => new { c.Id, c.Name, c.CountryCode, c.Latitude, c.Longitude }).ToListAsync(cancellationToken);
        return demo
            .Select(d => (d.Name, City: found.Where(c => c.Name == d.Name && c.CountryCode == d.CountryCode)
                .MinBy(c => GeoDistance.Kilometres(c.Latitude ?? 0, c.Longitude ?? 0, d.Latitude, d.Longitude))))
            .Where(p => p.City is not null)
            .ToDictionary(p => p.Name, p => p.City!.Id);
    }
}
