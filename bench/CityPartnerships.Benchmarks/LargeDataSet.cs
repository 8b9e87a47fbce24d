using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Auditing;
using Npgsql;
using NpgsqlTypes;
using Activity = CityPartnerships.Domain.Activities.Activity;
using ActivityKind = CityPartnerships.Domain.Activities.ActivityKind;

namespace CityPartnerships.Benchmarks;

/// <summary>What to generate: totals (rows already in the database count towards them), the seed and the source file.</summary>
public sealed record LargeDataSetOptions(int Cities, int Partnerships, int Activities, int Seed, string CsvPath);

public sealed record LargeDataSetSummary(
    int CitiesBefore,
    int CitiesFromCsv,
    int SyntheticCities,
    int PartnershipsBefore,
    int RealPairs,
    int RandomPairs,
    int ActionAreaRows,
    int ActivitiesBefore,
    int ActivitiesAdded,
    int AuditRows,
    TwinningsCsv Csv,
    TimeSpan Elapsed)
{
    public int CitiesAfter => CitiesBefore + CitiesFromCsv + SyntheticCities;

    public int PartnershipsAfter => PartnershipsBefore + RealPairs + RandomPairs;

    /// <summary>Null when the database has no "Activities" table (a schema from before activities).</summary>
    public int? ActivitiesAfter => ActivitiesBefore < 0 ? null : ActivitiesBefore + ActivitiesAdded;
}

/// <summary>
/// Fills a migrated CityPartnerships database up to a given number of cities and partnerships, with action areas and
/// audit history, by binary COPY (seconds, not minutes, for 50,000 partnerships).
/// <para>
/// Cities are real: the distinct cities of the twinnings file, most-twinned first; when the file has too few, the
/// rest are "&lt;real name&gt; 2", "&lt;real name&gt; 3", ... Partnerships are the file's real pairs between the
/// inserted cities first, then random pairs. Kinds, statuses and dates follow a fixed mix drawn from a seeded random
/// generator, so the same options give the same data. No pair of cities gets two partnerships, so the rule "one
/// active partnership per kind and pair" (index IX_Partnerships_UniqueActivePair) holds by construction, and is
/// checked again here.
/// </para>
/// <para>
/// Activities (with their action areas) are spread over the partnerships, more for active ones, when the schema has an
/// "Activities" table. Audit entries follow what the portal writes: one per created record, with the partnership it
/// belongs to as its scope ("ScopeType"/"ScopeId" columns, before them a "PartnershipId" column). The schema is read
/// first, so the generator works on a database from before activities too.
/// </para>
/// </summary>
public static class LargeDataSet
{
    public const string GeneratorUserName = "Data generator";

    private static readonly JsonSerializerOptions _auditJson = new(JsonSerializerDefaults.Web);

    private static readonly string[] _descriptionTemplates =
    [
        "Twin towns since {0}: school exchanges, choirs and sports clubs visit every year.",
        "Cooperation on climate adaptation and heat action plans, started in {0}.",
        "Exchange between the two city administrations on digital services, since {0}.",
        "Youth exchange and vocational training placements; a joint steering group meets twice a year.",
        "Joint project on drinking water and waste management, co-funded by a federal programme.",
        "Cultural exchange: festivals, artists in residence and a partnership association in both cities.",
    ];

    public static async Task<LargeDataSetSummary> GenerateAsync(string connectionString, LargeDataSetOptions options,
        TextWriter log, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var now = DateTime.UtcNow;
        var csv = await TwinningsCsv.LoadAsync(options.CsvPath, cancellationToken);
        log.WriteLine($"  read {csv.Rows:N0} rows of {options.CsvPath}: {csv.Cities.Count:N0} distinct cities, {csv.Pairs.Count:N0} distinct pairs");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        var areaIds = await ListAsync(connection, "SELECT \"Id\", \"Name\" FROM \"ActionAreas\" ORDER BY \"Id\"",
            r => (Id: r.GetInt32(0), Name: r.GetString(1)), cancellationToken);
        var cities = await ListAsync(connection, "SELECT \"Id\", \"Name\", \"CountryCode\" FROM \"Cities\" ORDER BY \"Id\"",
            r => (Id: r.GetInt32(0), Name: r.GetString(1), Code: r.GetString(2).Trim()), cancellationToken);
        var auditColumns = await ColumnsAsync(connection, "AuditEntries", cancellationToken);
        var hasActivities = (await ColumnsAsync(connection, "Activities", cancellationToken)).Count > 0;
        var hasActivityAreas = (await ColumnsAsync(connection, "ActivityActionAreas", cancellationToken)).Count > 0;
        var activitiesBefore = hasActivities ? await ScalarAsync(connection, "SELECT count(*) FROM \"Activities\"", cancellationToken) : -1;
        var existingPartnerships = await ListAsync(connection,
            "SELECT \"CityId\", \"PartnerCityId\", \"Kind\", \"Status\" = 'Active' AND \"DeletedAt\" IS NULL FROM \"Partnerships\"",
            r => (CityId: r.GetInt32(0), PartnerCityId: r.GetInt32(1), Kind: r.GetString(2), IsActive: r.GetBoolean(3)), cancellationToken);

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Cities
        var citiesBefore = cities.Count;
        var idByKey = cities.GroupBy(c => (c.Name, c.Code)).ToDictionary(g => g.Key, g => g.First().Id);
        var nameById = cities.ToDictionary(c => c.Id, c => (c.Name, c.Code));
        var nextCityId = cities.Count == 0 ? 1 : cities.Max(c => c.Id) + 1;
        var newCities = new List<(int Id, CsvCity City)>();
        foreach (var city in csv.Cities)
        {
            if (citiesBefore + newCities.Count >= options.Cities)
            {
                break;
            }

            if (idByKey.TryAdd((city.Name, city.CountryCode), nextCityId))
            {
                newCities.Add((nextCityId++, city));
            }
        }

        var fromCsv = newCities.Count;
        for (var copy = 2; citiesBefore + newCities.Count < options.Cities; copy++)
        {
            if (csv.Cities.Count == 0)
            {
                throw new InvalidOperationException("The twinnings file has no usable city to name synthetic cities after.");
            }

            foreach (var city in csv.Cities)
            {
                if (citiesBefore + newCities.Count >= options.Cities)
                {
                    break;
                }

                var name = $"{city.Name} {copy.ToString(CultureInfo.InvariantCulture)}";
                if (name.Length <= City.NameMaxLength && idByKey.TryAdd((name, city.CountryCode), nextCityId))
                {
                    newCities.Add((nextCityId++, Jitter(city with { Name = name }, random)));
                }
            }
        }

        await CopyCitiesAsync(connection, newCities, random, cancellationToken);
        foreach (var (id, city) in newCities)
        {
            nameById[id] = (city.Name, city.CountryCode);
        }

        log.WriteLine($"  cities: {citiesBefore:N0} already there, {fromCsv:N0} from the file, {newCities.Count - fromCsv:N0} synthetic");

        // Partnerships
        var usedPairs = existingPartnerships.Select(p => Pair(p.CityId, p.PartnerCityId)).ToHashSet();
        var activePairs = existingPartnerships.Where(p => p.IsActive)
            .Select(p => (Pair(p.CityId, p.PartnerCityId), p.Kind)).ToHashSet();
        var partnershipsBefore = existingPartnerships.Count;
        var nextPartnershipId = await ScalarAsync(connection, "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Partnerships\"", cancellationToken);
        var partnerships = new List<GeneratedPartnership>();

        foreach (var (city, partner) in csv.Pairs)
        {
            if (partnershipsBefore + partnerships.Count >= options.Partnerships)
            {
                break;
            }

            if (idByKey.TryGetValue((city.Name, city.CountryCode), out var cityId)
                && idByKey.TryGetValue((partner.Name, partner.CountryCode), out var partnerId)
                && usedPairs.Add(Pair(cityId, partnerId)))
            {
                partnerships.Add(NewPartnership(nextPartnershipId++, cityId, partnerId, realPair: true, random, now, activePairs, nameById));
            }
        }

        var realPairs = partnerships.Count;
        var cityIds = nameById.Keys.Order().ToArray();
        var possiblePairs = (long)cityIds.Length * (cityIds.Length - 1) / 2;
        if (options.Partnerships - partnershipsBefore > possiblePairs - usedPairs.Count + realPairs)
        {
            throw new InvalidOperationException($"{cityIds.Length:N0} cities allow at most {possiblePairs:N0} distinct pairs.");
        }

        while (partnershipsBefore + partnerships.Count < options.Partnerships)
        {
            var cityId = cityIds[random.Next(cityIds.Length)];
            var partnerId = cityIds[random.Next(cityIds.Length)];
            if (cityId != partnerId && usedPairs.Add(Pair(cityId, partnerId)))
            {
                partnerships.Add(NewPartnership(nextPartnershipId++, cityId, partnerId, realPair: false, random, now, activePairs, nameById));
            }
        }

        await CopyPartnershipsAsync(connection, partnerships, cancellationToken);
        log.WriteLine($"  partnerships: {partnershipsBefore:N0} already there, {realPairs:N0} real pairs, {partnerships.Count - realPairs:N0} random pairs");

        // Action areas (1–3 per partnership) and history
        var areaRows = AssignActionAreas(partnerships, areaIds.Select(a => a.Id).ToArray(), random);
        await CopyActionAreasAsync(connection, partnerships, cancellationToken);
        var areaNames = areaIds.ToDictionary(a => a.Id, a => a.Name);

        var activities = new List<GeneratedActivity>();
        if (hasActivities && options.Activities > activitiesBefore)
        {
            var nextActivityId = await ScalarAsync(connection, "SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"Activities\"", cancellationToken);
            activities = NewActivities(options.Activities - activitiesBefore, nextActivityId, partnerships, hasActivityAreas ? areaIds.Select(a => a.Id).ToArray() : [],
                nameById, random);
            await CopyActivitiesAsync(connection, activities, hasActivityAreas, cancellationToken);
            await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('\"Activities\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Activities\"))",
                cancellationToken);
        }

        var auditShape = auditColumns.Contains("ScopeType") ? AuditShape.Scoped
            : auditColumns.Contains("PartnershipId") ? AuditShape.PartnershipId
            : AuditShape.Plain;
        var auditRows = await CopyAuditEntriesAsync(connection, partnerships, activities, areaNames, auditShape, random, now, cancellationToken);
        log.WriteLine($"  {areaRows:N0} partnership action areas, "
            + (hasActivities ? $"{activities.Count:N0} activities, " : "no activities (the schema has no \"Activities\" table), ")
            + $"{auditRows:N0} audit entries");

        // Explicit ids were inserted: move the identity sequences past them.
        await ExecuteAsync(connection, """
            SELECT setval(pg_get_serial_sequence('"Cities"', 'Id'), (SELECT MAX("Id") FROM "Cities"));
            SELECT setval(pg_get_serial_sequence('"Partnerships"', 'Id'), (SELECT MAX("Id") FROM "Partnerships"));
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Fresh statistics and visibility map, as on a database that has been in use for a while (and so autovacuum
        // does not start on the new rows in the middle of a measurement).
        var tables = new List<string> { "Cities", "Partnerships", "PartnershipActionAreas", "AuditEntries", "ActionAreas" };
        if (hasActivities)
        {
            tables.Add("Activities");
        }

        if (hasActivityAreas)
        {
            tables.Add("ActivityActionAreas");
        }

        await ExecuteAsync(connection, $"VACUUM (ANALYZE) {string.Join(", ", tables.Select(t => $"\"{t}\""))}", cancellationToken);

        return new LargeDataSetSummary(citiesBefore, fromCsv, newCities.Count - fromCsv, partnershipsBefore, realPairs,
            partnerships.Count - realPairs, areaRows, activitiesBefore, activities.Count, auditRows, csv, stopwatch.Elapsed);
    }

    private sealed class GeneratedPartnership
    {
        public int Id { get; init; }

        public int CityId { get; init; }

        public int PartnerCityId { get; init; }

        public PartnershipKind Kind { get; init; }

        public PartnershipStatus Status { get; init; }

        public DateOnly? StartedOn { get; init; }

        public DateOnly? EndedOn { get; init; }

        public string? Description { get; init; }

        public DateTime CreatedAt { get; init; }

        public DateTime? LastVerifiedAt { get; init; }

        public bool IsInternal { get; init; }

        public DateTime? DeletedAt { get; init; }

        public int[] ActionAreaIds { get; set; } = [];
    }

    private sealed class GeneratedActivity
    {
        public int Id { get; init; }

        public int PartnershipId { get; init; }

        public required string Kind { get; init; }

        public required string Title { get; init; }

        public DateOnly StartsOn { get; init; }

        public DateOnly? EndsOn { get; init; }

        public string? Place { get; init; }

        public int? Participants { get; init; }

        public string? Description { get; init; }

        public int[] ActionAreaIds { get; init; } = [];
    }

    private static (int Low, int High) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    private static GeneratedPartnership NewPartnership(int id, int cityId, int partnerId, bool realPair, Random random,
        DateTime now, HashSet<((int, int), string)> activePairs, Dictionary<int, (string Name, string Code)> names)
    {
        // Real pairs from Wikipedia's lists are mostly formal twinnings; the random rest is a broader register.
        var kind = realPair
            ? Pick(random, (PartnershipKind.Twinning, 80), (PartnershipKind.Friendship, 15), (PartnershipKind.Contact, 4), (PartnershipKind.ProjectPartnership, 1))
            : Pick(random, (PartnershipKind.Twinning, 30), (PartnershipKind.Friendship, 25), (PartnershipKind.Contact, 25), (PartnershipKind.ProjectPartnership, 20));
        var status = realPair
            ? Pick(random, (PartnershipStatus.Active, 75), (PartnershipStatus.Dormant, 12), (PartnershipStatus.Ended, 8), (PartnershipStatus.Proposed, 5))
            : Pick(random, (PartnershipStatus.Active, 50), (PartnershipStatus.Dormant, 15), (PartnershipStatus.Ended, 15), (PartnershipStatus.Proposed, 20));
        var deletedAt = random.NextDouble() < 0.01 ? now : (DateTime?)null;

        // The database's last guard; pairs are distinct here, so this only matters next to existing data.
        if (status == PartnershipStatus.Active && deletedAt is null && !activePairs.Add((Pair(cityId, partnerId), kind.ToString())))
        {
            status = PartnershipStatus.Dormant;
        }

        DateOnly? startedOn = status == PartnershipStatus.Proposed
            ? (random.NextDouble() < 0.7 ? null : RandomDate(random, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)))
            : (random.NextDouble() < 0.03 ? null : RandomDate(random, new DateOnly(1950, 1, 1), new DateOnly(2024, 12, 31)));
        DateOnly? endedOn = status == PartnershipStatus.Ended
            ? RandomDate(random, startedOn ?? new DateOnly(1960, 1, 1), new DateOnly(2025, 10, 31))
            : null;
        var description = random.NextDouble() < 0.4
            ? string.Format(CultureInfo.InvariantCulture, _descriptionTemplates[random.Next(_descriptionTemplates.Length)],
                startedOn?.Year.ToString(CultureInfo.InvariantCulture) ?? "the 1990s")
                + $" ({names[cityId].Name} – {names[partnerId].Name})"
            : null;

        return new GeneratedPartnership
        {
            Id = id,
            CityId = cityId,
            PartnerCityId = partnerId,
            Kind = kind,
            Status = status,
            StartedOn = startedOn,
            EndedOn = endedOn,
            Description = description,
            CreatedAt = now,
            // Confirmed at some point in the last three years, or never.
            LastVerifiedAt = random.NextDouble() < 0.9 ? now.AddSeconds(-random.Next(0, 3 * 365 * 24 * 3600)) : null,
            IsInternal = random.NextDouble() < 0.05,
            DeletedAt = deletedAt,
        };
    }

    private static T Pick<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    private static DateOnly RandomDate(Random random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>A synthetic city lies near the real one it is named after.</summary>
    private static CsvCity Jitter(CsvCity city, Random random) => city.Latitude is { } lat && city.Longitude is { } lng
        ? city with
        {
            Latitude = Math.Clamp(lat + (random.NextDouble() - 0.5), -90, 90),
            Longitude = Math.Clamp(lng + (random.NextDouble() - 0.5), -180, 180),
        }
        : city;

    private static int AssignActionAreas(List<GeneratedPartnership> partnerships, int[] areaIds, Random random)
    {
        if (areaIds.Length == 0)
        {
            return 0;
        }

        var rows = 0;
        foreach (var partnership in partnerships)
        {
            var shuffled = areaIds.ToArray();
            random.Shuffle(shuffled);
            partnership.ActionAreaIds = shuffled[..Math.Min(shuffled.Length, 1 + random.Next(3))];
            rows += partnership.ActionAreaIds.Length;
        }

        return rows;
    }

    /// <summary>
    /// Activities over the given partnerships, weighted by status (an active partnership has many, a proposed one
    /// hardly any) and by a random liveliness, so some records have a long list and many have none.
    /// </summary>
    private static List<GeneratedActivity> NewActivities(int count, int firstId, List<GeneratedPartnership> partnerships, int[] areaIds,
        Dictionary<int, (string Name, string Code)> names, Random random)
    {
        if (partnerships.Count == 0 || count <= 0)
        {
            return [];
        }

        var cumulative = new double[partnerships.Count];
        var sum = 0.0;
        for (var i = 0; i < partnerships.Count; i++)
        {
            var weight = partnerships[i].Status switch
            {
                PartnershipStatus.Active => 1.0,
                PartnershipStatus.Ended => 0.5,
                PartnershipStatus.Dormant => 0.3,
                _ => 0.05,
            };
            sum += weight * random.NextDouble() * random.NextDouble() * 4;
            cumulative[i] = sum;
        }

        var kinds = Enum.GetValues<ActivityKind>();
        var activities = new List<GeneratedActivity>(count);
        for (var n = 0; n < count; n++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            var partnership = partnerships[Math.Min(index < 0 ? ~index : index, partnerships.Count - 1)];
            var kind = kinds[random.Next(kinds.Length)];
            var from = partnership.StartedOn ?? new DateOnly(1990, 1, 1);
            var to = partnership.EndedOn ?? new DateOnly(2026, 12, 31);
            var startsOn = RandomDate(random, from, to);
            var host = random.NextDouble() < 0.5 ? names[partnership.CityId].Name : names[partnership.PartnerCityId].Name;
            var title = kind switch
            {
                ActivityKind.IncomingDelegation => $"Delegation from {names[partnership.PartnerCityId].Name}",
                ActivityKind.OutgoingDelegation => $"Delegation to {names[partnership.PartnerCityId].Name}",
                ActivityKind.ExpertExchange => $"Expert exchange {startsOn.Year.ToString(CultureInfo.InvariantCulture)}",
                ActivityKind.YouthExchange => $"Youth exchange {startsOn.Year.ToString(CultureInfo.InvariantCulture)}",
                ActivityKind.Conference => $"Partnership conference in {host}",
                _ => $"Partnership festival in {host}",
            };
            var areas = areaIds.ToArray();
            random.Shuffle(areas);
            activities.Add(new GeneratedActivity
            {
                Id = firstId + n,
                PartnershipId = partnership.Id,
                Kind = kind.ToString(),
                Title = title.Length > Activity.TitleMaxLength ? title[..Activity.TitleMaxLength] : title,
                StartsOn = startsOn,
                EndsOn = random.NextDouble() < 0.6 ? startsOn.AddDays(random.Next(0, 10)) : null,
                Place = random.NextDouble() < 0.8 ? (host.Length > Activity.PlaceMaxLength ? host[..Activity.PlaceMaxLength] : host) : null,
                Participants = random.NextDouble() < 0.8 ? random.Next(3, 400) : null,
                Description = random.NextDouble() < 0.3 ? "Programme, participants and outcomes are in the attached report." : null,
                ActionAreaIds = areas[..Math.Min(areas.Length, random.Next(3))],
            });
        }

        return activities;
    }

    private static async Task CopyActivitiesAsync(NpgsqlConnection connection, List<GeneratedActivity> activities, bool withActionAreas,
        CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Activities\" (\"Id\", \"PartnershipId\", \"Kind\", \"Title\", \"StartsOn\", \"EndsOn\", \"Place\", \"Participants\", " +
            "\"Description\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var a in activities)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(a.Id, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(a.PartnershipId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(a.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(a.Title, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(a.StartsOn, NpgsqlDbType.Date, cancellationToken);
                await WriteAsync(writer, a.EndsOn, NpgsqlDbType.Date, cancellationToken);
                await WriteAsync(writer, a.Place, NpgsqlDbType.Varchar, cancellationToken);
                await WriteAsync(writer, a.Participants, NpgsqlDbType.Integer, cancellationToken);
                await WriteAsync(writer, a.Description, NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        if (!withActionAreas)
        {
            return;
        }

        await using var areas = await connection.BeginBinaryImportAsync(
            "COPY \"ActivityActionAreas\" (\"ActionAreasId\", \"ActivityId\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var a in activities)
        {
            foreach (var areaId in a.ActionAreaIds)
            {
                await areas.StartRowAsync(cancellationToken);
                await areas.WriteAsync(areaId, NpgsqlDbType.Integer, cancellationToken);
                await areas.WriteAsync(a.Id, NpgsqlDbType.Integer, cancellationToken);
            }
        }

        await areas.CompleteAsync(cancellationToken);
    }

    private static async Task CopyCitiesAsync(NpgsqlConnection connection, List<(int Id, CsvCity City)> cities, Random random,
        CancellationToken cancellationToken)
    {
        // "SearchName" is computed by PostgreSQL; "Region" stays empty (the file has none).
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Cities\" (\"Id\", \"Name\", \"CountryCode\", \"Region\", \"Latitude\", \"Longitude\", \"Population\", " +
            "\"IsAssociationMember\", \"IsInGlobalSouth\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (id, city) in cities)
        {
            // Log-uniform between 2,000 and 3 million, rounded to hundreds: many towns, few big cities.
            var population = (int)Math.Round(Math.Exp(Math.Log(2_000) + (random.NextDouble() * (Math.Log(3_000_000) - Math.Log(2_000)))) / 100) * 100;
            var isMember = city.CountryCode == "DE" && random.NextDouble() < 0.05;
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(city.Name, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(city.CountryCode, NpgsqlDbType.Char, cancellationToken);
            await writer.WriteNullAsync(cancellationToken);
            await WriteAsync(writer, city.Latitude, NpgsqlDbType.Double, cancellationToken);
            await WriteAsync(writer, city.Longitude, NpgsqlDbType.Double, cancellationToken);
            await writer.WriteAsync(population, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(isMember, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(GlobalSouth.Includes(city.CountryCode), NpgsqlDbType.Boolean, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyPartnershipsAsync(NpgsqlConnection connection, List<GeneratedPartnership> partnerships,
        CancellationToken cancellationToken)
    {
        // "PairLowCityId" and "PairHighCityId" are computed by PostgreSQL.
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Partnerships\" (\"Id\", \"CityId\", \"PartnerCityId\", \"Kind\", \"Status\", \"StartedOn\", \"EndedOn\", " +
            "\"Description\", \"CreatedAt\", \"LastVerifiedAt\", \"IsInternal\", \"DeletedAt\") FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var p in partnerships)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(p.Id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(p.CityId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(p.PartnerCityId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(p.Kind.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(p.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await WriteAsync(writer, p.StartedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteAsync(writer, p.EndedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteAsync(writer, p.Description, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteAsync(writer, p.LastVerifiedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(p.IsInternal, NpgsqlDbType.Boolean, cancellationToken);
            await WriteAsync(writer, p.DeletedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyActionAreasAsync(NpgsqlConnection connection, List<GeneratedPartnership> partnerships,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"PartnershipActionAreas\" (\"ActionAreasId\", \"PartnershipId\") FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var p in partnerships)
        {
            foreach (var areaId in p.ActionAreaIds)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(areaId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(p.Id, NpgsqlDbType.Integer, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// History as the portal writes it (see AuditInterceptor): a "Created" entry with the fields that were filled in
    /// (not the two cities, which the record names anyway), for a quarter of the verified records a separate "Updated"
    /// entry for the confirmation, a "Deleted" entry for deleted ones, and a "Created" entry per activity.
    /// </summary>
    private static async Task<int> CopyAuditEntriesAsync(NpgsqlConnection connection, List<GeneratedPartnership> partnerships,
        List<GeneratedActivity> activities, Dictionary<int, string> areaNames, AuditShape shape, Random random, DateTime now,
        CancellationToken cancellationToken)
    {
        var partnershipColumns = shape switch
        {
            AuditShape.Scoped => ", \"ScopeType\", \"ScopeId\"",
            AuditShape.PartnershipId => ", \"PartnershipId\"",
            _ => string.Empty,
        };
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"AuditEntries\" (\"EntityType\", \"EntityId\", \"Action\", \"UserId\", \"UserName\", \"At\", \"Changes\""
            + partnershipColumns + ") FROM STDIN (FORMAT BINARY)", cancellationToken);
        var rows = 0;
        async Task WriteAsync(string entityType, int entityId, int partnershipId, AuditAction action, IEnumerable<AuditChange> changes)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(entityType, NpgsqlDbType.Varchar, cancellationToken);
            if (shape == AuditShape.Scoped)
            {
                await writer.WriteAsync(entityId.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
            }
            else
            {
                await writer.WriteAsync(entityId, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.WriteAsync(action.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteNullAsync(cancellationToken);
            await writer.WriteAsync(GeneratorUserName, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(JsonSerializer.Serialize(changes.Where(c => c.New is not null).ToList(), _auditJson), NpgsqlDbType.Jsonb,
                cancellationToken);
            if (shape == AuditShape.Scoped)
            {
                await writer.WriteAsync(AuditedTypes.Partnership, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(partnershipId.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar, cancellationToken);
            }
            else if (shape == AuditShape.PartnershipId)
            {
                await writer.WriteAsync(partnershipId, NpgsqlDbType.Integer, cancellationToken);
            }

            rows++;
        }

        string? Areas(int[] ids) => ids.Length == 0 ? null : string.Join(", ", ids.Select(id => areaNames[id]).Order(StringComparer.Ordinal));

        foreach (var p in partnerships)
        {
            var verifiedLater = p.LastVerifiedAt is not null && random.NextDouble() < 0.25;
            await WriteAsync(AuditedTypes.Partnership, p.Id, p.Id, AuditAction.Created,
            [
                new(nameof(p.Description), null, p.Description),
                new(nameof(p.EndedOn), null, Text(p.EndedOn)),
                new(nameof(p.IsInternal), null, p.IsInternal ? "True" : null),
                new(nameof(p.Kind), null, p.Kind.ToString()),
                new(nameof(p.LastVerifiedAt), null, verifiedLater ? null : Text(p.LastVerifiedAt)),
                new(nameof(p.StartedOn), null, Text(p.StartedOn)),
                new(nameof(p.Status), null, p.Status.ToString()),
                new("ActionAreas", null, Areas(p.ActionAreaIds)),
            ]);
            if (verifiedLater)
            {
                await WriteAsync(AuditedTypes.Partnership, p.Id, p.Id, AuditAction.Updated, [new(nameof(p.LastVerifiedAt), null, Text(p.LastVerifiedAt))]);
            }

            if (p.DeletedAt is not null)
            {
                await WriteAsync(AuditedTypes.Partnership, p.Id, p.Id, AuditAction.Deleted, [new(nameof(p.DeletedAt), null, Text(p.DeletedAt))]);
            }
        }

        foreach (var a in activities)
        {
            await WriteAsync(AuditedTypes.Activity, a.Id, a.PartnershipId, AuditAction.Created,
            [
                new(nameof(a.Description), null, a.Description),
                new(nameof(a.EndsOn), null, Text(a.EndsOn)),
                new(nameof(a.Kind), null, a.Kind),
                new(nameof(a.Participants), null, a.Participants?.ToString(CultureInfo.InvariantCulture)),
                new(nameof(a.Place), null, a.Place),
                new(nameof(a.StartsOn), null, Text(a.StartsOn)),
                new(nameof(a.Title), null, a.Title),
                new("ActionAreas", null, Areas(a.ActionAreaIds)),
            ]);
        }

        await writer.CompleteAsync(cancellationToken);
        return rows;
    }

    // The invariant forms the audit interceptor stores.
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DateTime? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    private static async Task WriteAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } present)
        {
            await writer.WriteAsync(present, type, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellationToken);
        }
    }

    private static async Task<List<T>> ListAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(read(reader));
        }

        return result;
    }

    /// <summary>The table's column names; empty when the table does not exist.</summary>
    private static async Task<HashSet<string>> ColumnsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table", connection);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How "AuditEntries" names the partnership of an entry, by migration: scope columns, a partnership id, neither.</summary>
    private enum AuditShape
    {
        Plain,
        PartnershipId,
        Scoped,
    }
}
