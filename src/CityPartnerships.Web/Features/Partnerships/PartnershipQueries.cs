using System.Security.Cryptography;
using System.Text.Json;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Features.Partnerships;

/// <summary>
/// Reads of partnerships that more than one consumer needs: the register and its exports, a city's own list, the
/// dashboards. Each applies the viewer's access rule itself and returns codes (kinds, statuses, country codes), not
/// localized text; pages localize.
/// </summary>
public sealed class PartnershipQueries(AppDbContext db, TimeProvider clock, SharedReadCache cache)
{
    /// <summary>
    /// One page of the register for the filter, in its order, with a capped count of the matches. With
    /// <paramref name="after"/> (the position of the previous page's last row) or <paramref name="before"/> (the next
    /// page's first row) the page starts there in the index (keyset paging, <see cref="RegisterOrder"/>), and
    /// <paramref name="page"/> is only its number for the pager; without them the page is found by its number.
    /// </summary>
    public async Task<PagedResult<PartnershipRowView>> PageAsync(Viewer viewer, PartnershipFilter filter, int page,
        CancellationToken cancellationToken, string? after = null, string? before = null)
    {
        var filtered = await FilteredAsync(viewer, filter, cancellationToken);
        var rows = Rows(filtered);
        var order = RegisterOrder.For(filter.SortKey, filter.Desc);
        var backward = after is null && before is not null;
        if ((after ?? before) is { } position && order.From(rows, position, backward, inclusive: false) is { } from)
        {
            var items = await from.TakeFixed(PagingExtensions.DefaultPageSize).ToListAsync(cancellationToken);
            if (backward)
            {
                items.Reverse();
            }

            // A position past the end (its rows were deleted meanwhile) or a short way back to the start: by number.
            if (items.Count > 0 && !(backward && items.Count < PagingExtensions.DefaultPageSize))
            {
                var number = Math.Max(page, 2);
                var counted = await order.From(rows, order.PositionOf(items[0]), backward: false, inclusive: true)!
                    .TakeFixed(PositionCountAhead + 1).CountAsync(cancellationToken);
                var isCapped = counted > PositionCountAhead;
                var total = (number - 1) * PagingExtensions.DefaultPageSize + Math.Min(counted, PositionCountAhead);
                return WithPositions(new PagedResult<PartnershipRowView>(items, number, PagingExtensions.DefaultPageSize, total, isCapped), order);
            }

            page = backward ? 1 : page;
        }

        return WithPositions(await order.Apply(rows).ToPagedResultAsync(filtered, page, cancellationToken), order);
    }

    /// <summary>
    /// How far past the start of a page found by position the count looks: four pages. Counting in the list's order
    /// reads each counted row from the table (the first page counts its 1,000 rows in table order, far cheaper), so
    /// a deep page says "page N of many" until the last four pages, where it knows how many are left.
    /// </summary>
    private const int PositionCountAhead = 4 * PagingExtensions.DefaultPageSize;

    private static PagedResult<PartnershipRowView> WithPositions(PagedResult<PartnershipRowView> result, RegisterOrder order) =>
        result.Items.Count == 0
            ? result
            : result with { NextAfter = order.PositionOf(result.Items[^1]), PreviousBefore = order.PositionOf(result.Items[0]) };

    /// <summary>All of the register's rows for the filter, in its order: for the exports.</summary>
    public async Task<IQueryable<PartnershipRowView>> ListAsync(Viewer viewer, PartnershipFilter filter, CancellationToken cancellationToken) =>
        filter.Order(Rows(await FilteredAsync(viewer, filter, cancellationToken)));

    /// <summary>
    /// All of the register's rows for the filter, with what the import needs to read them back unchanged: both
    /// cities' GeoNames ids, the partner's region and the dates at their precision. In the order they were logged.
    /// </summary>
    public async Task<IQueryable<PartnershipExportView>> ExportAsync(Viewer viewer, PartnershipFilter filter, CancellationToken cancellationToken) =>
        (await FilteredAsync(viewer, filter, cancellationToken)).OrderBy(p => p.Id).Select(p => new PartnershipExportView
        {
            Id = p.Id,
            CityName = p.City!.Name,
            CityCountry = p.City.CountryCode,
            CityGeoNameId = p.City.GeoNameId,
            PartnerName = p.PartnerCity!.Name,
            PartnerCountry = p.PartnerCity.CountryCode,
            PartnerRegion = p.PartnerCity.Region,
            PartnerGeoNameId = p.PartnerCity.GeoNameId,
            Kind = p.Kind,
            Status = p.Status,
            StartedOn = p.StartedOn,
            StartedOnPrecision = p.StartedOnPrecision,
            EndedOn = p.EndedOn,
            EndedOnPrecision = p.EndedOnPrecision,
            LastVerifiedAt = p.LastVerifiedAt,
        });

    /// <summary>
    /// One page of the public directory: the partnerships of member cities that are not internal, whoever asks (a
    /// signed-in user sees there what the public sees).
    /// </summary>
    public async Task<PagedResult<PartnershipRowView>> DirectoryPageAsync(PartnershipFilter filter, int page, CancellationToken cancellationToken)
    {
        var filtered = await DirectoryAsync(filter, cancellationToken);
        return await filter.Order(Rows(filtered)).ToPagedResultAsync(filtered, page, cancellationToken);
    }

    /// <summary>All of the directory's rows for the filter, in its order: for its export.</summary>
    public async Task<IQueryable<PartnershipRowView>> DirectoryListAsync(PartnershipFilter filter, CancellationToken cancellationToken) =>
        filter.Order(Rows(await DirectoryAsync(filter, cancellationToken)));

    /// <summary>Every partnership the viewer may read that matches the filter, as lines between cities for the map.</summary>
    public async Task<PartnershipMapView> MapAsync(Viewer viewer, PartnershipFilter filter, CancellationToken cancellationToken) =>
        await MapOfAsync(await FilteredAsync(viewer, filter, cancellationToken), cancellationToken);

    /// <summary>
    /// <see cref="MapAsync"/> as the JSON the page fetches. The whole register is 50,000 lines, a megabyte: it is read
    /// and serialized once for everyone who may read the same partnerships (admins; one city's users) and the same
    /// filter, until the next change (<see cref="SharedReadCache"/>).
    /// </summary>
    public Task<MapPayload> MapPayloadAsync(Viewer viewer, PartnershipFilter filter, CancellationToken cancellationToken)
    {
        var readers = viewer.IsAdmin ? "all" : $"city:{viewer.CityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
        return cache.GetOrReadAsync($"map:{readers}:{FilterKey(filter)}",
            async token => MapPayload.Of(await MapAsync(viewer, filter, token)), cancellationToken);
    }

    /// <summary>The public directory's partnerships that match the filter, as lines between cities for the map.</summary>
    public async Task<PartnershipMapView> DirectoryMapAsync(PartnershipFilter filter, CancellationToken cancellationToken) =>
        await MapOfAsync(await DirectoryAsync(filter, cancellationToken), cancellationToken);

    /// <summary><see cref="DirectoryMapAsync"/> as JSON, read once for everyone per filter until the next change.</summary>
    public Task<MapPayload> DirectoryMapPayloadAsync(PartnershipFilter filter, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync($"map:directory:{FilterKey(filter)}",
            async token => MapPayload.Of(await DirectoryMapAsync(filter, token)), cancellationToken);

    private static string FilterKey(PartnershipFilter filter) =>
        string.Join('&', filter.RouteValues().OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));

    /// <summary>
    /// The partnerships of one city, seen from that city: <see cref="PartnershipRowView.CityName"/> is the city,
    /// <see cref="PartnershipRowView.PartnerName"/> the other end, whichever of the two logged it.
    /// </summary>
    public IQueryable<PartnershipRowView> OfCity(Viewer viewer, int cityId, PartnershipStatus? status = null) =>
        Rows(db.Partnerships.AsNoTracking()
                .Where(viewer.Readable())
                .Where(Partnership.Involving(cityId))
                .Where(p => status == null || p.Status == status))
            .Select(r => new PartnershipRowView
            {
                Id = r.Id,
                CityId = cityId,
                PartnerCityId = r.CityId == cityId ? r.PartnerCityId : r.CityId,
                CityName = r.CityId == cityId ? r.CityName : r.PartnerName,
                CityCountry = r.CityId == cityId ? r.CityCountry : r.PartnerCountry,
                PartnerName = r.CityId == cityId ? r.PartnerName : r.CityName,
                PartnerCountry = r.CityId == cityId ? r.PartnerCountry : r.CityCountry,
                Kind = r.Kind,
                Status = r.Status,
                StartedOn = r.StartedOn,
                LastVerifiedAt = r.LastVerifiedAt,
                LastActivityOn = r.LastActivityOn,
                IsInternal = r.IsInternal,
            });

    /// <summary>
    /// For the rows of a name search neither of whose shown names fits what was typed, the name each of their cities
    /// was found by (<see cref="CitySearch.NamesFoundByAsync"/>). By city id; empty without a search.
    /// </summary>
    public Task<NamesFoundBy> NamesFoundByAsync(IReadOnlyList<PartnershipRowView> rows, string? typed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Task.FromResult(NamesFoundBy.None);
        }

        var fits = SearchText.NameFits(typed);
        var unexplained = rows.Where(r => !fits(r.CityName) && !fits(r.PartnerName))
            .SelectMany(r => new[] { (r.CityId, r.CityName), (r.PartnerCityId, r.PartnerName) });
        return db.NamesFoundByAsync(unexplained, typed, cancellationToken);
    }

    /// <summary>How many of the partnerships are due for a check (see <see cref="VerificationFacts"/>).</summary>
    public Task<int> CountDueForVerificationAsync(IQueryable<Partnership> partnerships, DateTime nowUtc, CancellationToken cancellationToken) =>
        Rows(partnerships)
            .Select(r => new VerificationFacts { Status = r.Status, LastVerifiedAt = r.LastVerifiedAt, LastActivityOn = r.LastActivityOn })
            .CountAsync(VerificationFacts.IsDue(nowUtc), cancellationToken);

    /// <summary>The day of the partnership's latest activity, if any.</summary>
    public Task<DateOnly?> LastActivityOnAsync(int partnershipId, CancellationToken cancellationToken) =>
        Rows(db.Partnerships.AsNoTracking().Where(p => p.Id == partnershipId)).Select(r => r.LastActivityOn).SingleOrDefaultAsync(cancellationToken);

    /// <summary>"Düsseldorf – Toulouse", for page leads and breadcrumbs.</summary>
    public static async Task<string> TitleAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        var names = await db.Cities.AsNoTracking()
            .Where(c => c.Id == partnership.CityId || c.Id == partnership.PartnerCityId)
            .ToDictionaryAsync(c => c.Id, c => c.NameIn(PortalCultures.Language), cancellationToken);
        return $"{names[partnership.CityId]} – {names[partnership.PartnerCityId]}";
    }

    /// <summary>The partnerships the viewer may read that match the filter (not yet ordered or paged).</summary>
    private Task<IQueryable<Partnership>> FilteredAsync(Viewer viewer, PartnershipFilter filter, CancellationToken cancellationToken) =>
        filter.ApplyAsync(db.Partnerships.AsNoTracking().Where(viewer.Readable()), db, viewer.CityId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    // Two plain reads (four numbers per partnership, then the cities they touch) rather than a join per line: the
    // whole register is 50,000 lines, and the page draws them itself.
    private async Task<PartnershipMapView> MapOfAsync(IQueryable<Partnership> partnerships, CancellationToken cancellationToken)
    {
        var lines = await partnerships.Select(p => new { p.CityId, p.PartnerCityId, p.Kind, p.Status }).ToListAsync(cancellationToken);
        var ids = lines.Select(l => l.CityId).Concat(lines.Select(l => l.PartnerCityId)).Distinct().ToList();
        var cities = await db.Cities.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.Latitude != null && c.Longitude != null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, Name = c.NameIn(PortalCultures.Language), Lon = Math.Round(c.Longitude!.Value, 3), Lat = Math.Round(c.Latitude!.Value, 3), c.IsAssociationMember })
            .ToListAsync(cancellationToken);
        var index = cities.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var flat = new List<int>(lines.Count * 4);
        foreach (var line in lines)
        {
            if (index.TryGetValue(line.CityId, out var a) && index.TryGetValue(line.PartnerCityId, out var b))
            {
                flat.AddRange([a, b, (int)line.Kind, (int)line.Status]);
            }
        }

        var columns = new MapCities(
            [.. cities.Select(c => c.Id)], [.. cities.Select(c => c.Name)], [.. cities.Select(c => c.Lon)], [.. cities.Select(c => c.Lat)],
            [.. cities.Select(c => c.IsAssociationMember)]);
        return new PartnershipMapView(columns, flat, lines.Count - (flat.Count / 4));
    }

    /// <summary>The association's member cities, whose partnerships the directory lists; kept until the next saved change.</summary>
    public Task<int[]> MemberCityIdsAsync(CancellationToken cancellationToken) =>
        cache.GetOrReadAsync("directory:members", token => db.Cities.AsNoTracking().Where(c => c.IsAssociationMember).Select(c => c.Id)
            .OrderBy(id => id).ToArrayAsync(token), cancellationToken);

    // "A member on either side" as two id lists rather than a condition on both joined cities: PostgreSQL then reads
    // the members' partnerships from the two city indexes instead of joining every partnership to both of its cities
    // (1 ms instead of 40 ms for the count on 50,000 partnerships, docs/benchmarks.md).
    private async Task<IQueryable<Partnership>> DirectoryAsync(PartnershipFilter filter, CancellationToken cancellationToken)
    {
        filter.Mine = false;
        filter.Due = false;
        var members = await MemberCityIdsAsync(cancellationToken);
        return (await filter.ApplyAsync(db.Partnerships.AsNoTracking().Where(Viewer.Anonymous.Readable()), db, null, clock.GetUtcNow().UtcDateTime,
                cancellationToken))
            .Where(p => members.Contains(p.CityId) || members.Contains(p.PartnerCityId));
    }

    // The one place that knows how a partnership's latest activity is found.
    private IQueryable<PartnershipRowView> Rows(IQueryable<Partnership> partnerships) =>
        partnerships.Select(p => new PartnershipRowView
        {
            Id = p.Id,
            CityId = p.CityId,
            PartnerCityId = p.PartnerCityId,
            CityName = p.City!.NameIn(PortalCultures.Language),
            CityCountry = p.City.CountryCode,
            PartnerName = p.PartnerCity!.NameIn(PortalCultures.Language),
            PartnerCountry = p.PartnerCity.CountryCode,
            Kind = p.Kind,
            Status = p.Status,
            StartedOn = p.StartedOn,
            LastVerifiedAt = p.LastVerifiedAt,
            LastActivityOn = db.Activities.Where(a => a.PartnershipId == p.Id).Max(a => (DateOnly?)a.StartsOn),
            IsInternal = p.IsInternal,
        });
}

// Init-only properties rather than positional records, so EF Core can sort and filter by them after the projection.
public sealed record PartnershipRowView
{
    public int Id { get; init; }

    public int CityId { get; init; }

    public int PartnerCityId { get; init; }

    public required string CityName { get; init; }

    public required string CityCountry { get; init; }

    public required string PartnerName { get; init; }

    public required string PartnerCountry { get; init; }

    public PartnershipKind Kind { get; init; }

    public PartnershipStatus Status { get; init; }

    public DateOnly? StartedOn { get; init; }

    public DateTime? LastVerifiedAt { get; init; }

    public DateOnly? LastActivityOn { get; init; }

    public bool IsInternal { get; init; }

    public bool IsDueForVerificationAt(DateTime nowUtc) => Partnership.IsDueForVerification(Status, LastVerifiedAt, LastActivityOn, nowUtc);
}

/// <summary>A row of the register's export, as the import reads it back.</summary>
public sealed record PartnershipExportView
{
    public int Id { get; init; }

    public required string CityName { get; init; }

    public required string CityCountry { get; init; }

    public int? CityGeoNameId { get; init; }

    public required string PartnerName { get; init; }

    public required string PartnerCountry { get; init; }

    public string? PartnerRegion { get; init; }

    public int? PartnerGeoNameId { get; init; }

    public PartnershipKind Kind { get; init; }

    public PartnershipStatus Status { get; init; }

    public DateOnly? StartedOn { get; init; }

    public DatePrecision StartedOnPrecision { get; init; }

    public DateOnly? EndedOn { get; init; }

    public DatePrecision EndedOnPrecision { get; init; }

    public DateTime? LastVerifiedAt { get; init; }

    public PartialDate? Started => PartialDate.FromStored(StartedOn, StartedOnPrecision);

    public PartialDate? Ended => PartialDate.FromStored(EndedOn, EndedOnPrecision);
}

/// <summary>
/// The cities of a map as columns (the i-th city is Id[i], Name[i], ...): one array per field instead of an object per
/// city keeps the field names out of the JSON 10,000 times over and lets the page read coordinates into typed arrays.
/// </summary>
public sealed record MapCities(IReadOnlyList<int> Id, IReadOnlyList<string> Name, IReadOnlyList<double> Lon, IReadOnlyList<double> Lat, IReadOnlyList<bool> Member);

/// <summary>
/// Lines between cities: <see cref="Lines"/> holds four numbers per partnership (index of the city, index of the
/// partner in <see cref="Cities"/>, kind, status as their enum values). <see cref="WithoutPosition"/> counts the
/// partnerships left out because a city has no coordinates.
/// </summary>
public sealed record PartnershipMapView(MapCities Cities, IReadOnlyList<int> Lines, int WithoutPosition);

/// <summary>A map's data serialized once (camelCase, as the page reads it), with a validator for conditional requests.</summary>
public sealed record MapPayload(byte[] Json, string ETag)
{
    public static MapPayload Of(PartnershipMapView view)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(view, JsonSerializerOptions.Web);
        return new MapPayload(json, $"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16))}\"");
    }
}
