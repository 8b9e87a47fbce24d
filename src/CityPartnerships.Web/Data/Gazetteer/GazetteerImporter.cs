using System.Diagnostics;
using CityPartnerships.Domain.Cities;
using Npgsql;
using NpgsqlTypes;

namespace CityPartnerships.Web.Data.Gazetteer;

/// <summary>
/// Loads the GeoNames cities into the register so staff can pick any partner city in the world. Idempotent: places
/// already imported (by GeoNames id) are skipped, and cities already in the register (typed in by hand or demo data)
/// are linked to their GeoNames place instead of being added twice.
/// </summary>
public static class GazetteerImporter
{
    public const string ConfigurationKey = "Gazetteer:File";

    // A city typed in by hand and a GeoNames place this close, in the same country, are taken to be the same city.
    private const double SameCityKm = 15;

    public static async Task<int> ImportAsync(AppDbContext db, Stream file, ILogger logger, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var places = GazetteerFile.Read(file)
            .Where(p => p.GeoNameId > 0 && CountryCode.IsKnown(p.CountryCode) && p.Name.Trim().Length is > 0 and <= City.NameMaxLength
                && p.Latitude is >= -90 and <= 90 && p.Longitude is >= -180 and <= 180 && p.Population <= City.MaxPopulation)
            .ToList();
        var known = (await db.Cities.Where(c => c.GeoNameId != null).Select(c => c.GeoNameId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var linked = await LinkExistingCitiesAsync(db, places, known, cancellationToken);

        var added = 0;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY \"Cities\" (\"Name\", \"CountryCode\", \"Region\", \"Latitude\", \"Longitude\", \"Population\", \"IsAssociationMember\", \"IsInGlobalSouth\", \"GeoNameId\") FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            foreach (var place in places.Where(p => !known.Contains(p.GeoNameId)))
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(place.Name.Trim(), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(place.CountryCode, NpgsqlDbType.Char, cancellationToken);
                await writer.WriteAsync(RegionOf(place), NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(place.Latitude, NpgsqlDbType.Double, cancellationToken);
                await writer.WriteAsync(place.Longitude, NpgsqlDbType.Double, cancellationToken);
                await writer.WriteAsync(place.Population, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(GlobalSouth.Includes(place.CountryCode), NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(place.GeoNameId, NpgsqlDbType.Integer, cancellationToken);
                known.Add(place.GeoNameId);
                added++;
            }

            await writer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var regionsFilled = await RefreshRegionsAsync(db, places, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"Cities\"", cancellationToken);
        logger.LogInformation("Gazetteer: {Added} cities added, {Linked} existing cities linked, {Regions} regions filled in, in {Seconds:0.0} s",
            added, linked, regionsFilled, stopwatch.Elapsed.TotalSeconds);
        return added;
    }

    private static string? RegionOf(GazetteerCity place) =>
        GazetteerRegions.Name(place.CountryCode, place.AdminCode) is { Length: <= City.RegionMaxLength } name ? name : null;

    /// <summary>
    /// Gives gazetteer cities the region of their GeoNames place: cities imported before regions were read or with a
    /// region name since corrected (Vietnam's), and cities typed in by hand without a region that were then linked.
    /// </summary>
    private static Task<int> RefreshRegionsAsync(AppDbContext db, List<GazetteerCity> places, CancellationToken cancellationToken)
    {
        var withRegion = places.Select(p => (p.GeoNameId, Region: RegionOf(p))).Where(p => p.Region is not null).ToList();
        var ids = withRegion.Select(p => p.GeoNameId).ToArray();
        var regions = withRegion.Select(p => p.Region!).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE "Cities" AS c SET "Region" = place.region
            FROM unnest({ids}, {regions}) AS place(geo_name_id, region)
            WHERE c."GeoNameId" = place.geo_name_id AND c."Region" IS DISTINCT FROM place.region
            """, cancellationToken);
    }

    /// <summary>
    /// Sets <see cref="City.GermanName"/> from the German GeoNames names (one per place; the least in sort order should a
    /// catalogue ever hold two) and clears German names no longer there. Also run by the migration CityGermanNames.
    /// </summary>
    public const string GermanNamesFromOtherNames = """
        UPDATE "Cities" AS c SET "GermanName" = german.name
        FROM (SELECT "CityId", min("Name") AS name FROM "CityNames" WHERE "Language" = 'de' GROUP BY "CityId") AS german
        WHERE c."Id" = german."CityId" AND c."GermanName" IS DISTINCT FROM german.name;
        UPDATE "Cities" AS c SET "GermanName" = NULL
        WHERE c."GermanName" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "CityNames" n WHERE n."CityId" = c."Id" AND n."Language" = 'de');
        """;

    /// <summary>
    /// Replaces the other names of the gazetteer's cities with those of the GeoNames catalogues in
    /// <paramref name="folder"/> (see <see cref="GeoNamesCatalogues"/>). Names equal to the city's own are left out. The German one becomes the
    /// city's <see cref="City.GermanName"/>.
    /// </summary>
    public static async Task<int> ImportNamesAsync(AppDbContext db, string folder, ILogger logger, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var cities = await db.Cities.AsNoTracking().Where(c => c.GeoNameId != null)
            .Select(c => new { GeoNameId = c.GeoNameId!.Value, c.Id, c.Name })
            .ToDictionaryAsync(c => c.GeoNameId, cancellationToken);
        var names = GeoNamesCatalogues.CityNames(folder)
            .Where(n => cities.ContainsKey(n.GeoNameId) && n.Name.Length <= City.NameMaxLength
                && n.Language.Length <= CityName.LanguageMaxLength && !n.Name.Any(char.IsControl))
            .Select(n => (CityId: cities[n.GeoNameId].Id, n.Language, n.Name, Own: cities[n.GeoNameId].Name))
            .Where(n => !n.Name.Equals(n.Own, StringComparison.Ordinal))
            .Distinct()
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"CityNames\"", cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"CityNames\" (\"CityId\", \"Language\", \"Name\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var name in names)
            {
                await writer.WriteRowAsync(cancellationToken, name.CityId, name.Language, name.Name);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(GermanNamesFromOtherNames, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"CityNames\"", cancellationToken);
        logger.LogInformation("Gazetteer: {Count} other names of cities in {Languages} languages loaded in {Seconds:0.0} s",
            names.Count, GeoNamesCatalogues.Languages(folder).Count, stopwatch.Elapsed.TotalSeconds);
        return names.Count;
    }

    private static async Task<int> LinkExistingCitiesAsync(AppDbContext db, List<GazetteerCity> places, HashSet<int> known,
        CancellationToken cancellationToken)
    {
        var unlinked = await db.Cities.Where(c => c.GeoNameId == null && c.Latitude != null).ToListAsync(cancellationToken);
        var byCountry = places.Where(p => !known.Contains(p.GeoNameId)).ToLookup(p => p.CountryCode);
        var linked = 0;
        foreach (var city in unlinked)
        {
            var match = byCountry[city.CountryCode]
                .Where(p => GeoDistance.Kilometres(city.Latitude!.Value, city.Longitude!.Value, p.Latitude, p.Longitude) <= SameCityKm)
                .MaxBy(p => p.Population);
            if (match is not null && known.Add(match.GeoNameId))
            {
                city.LinkToGazetteer(match.GeoNameId);
                linked++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return linked;
    }
}
