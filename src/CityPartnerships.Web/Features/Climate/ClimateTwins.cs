using CityPartnerships.Domain.Climate;
using CityPartnerships.Domain.Networks;
using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.Web.Features.Climate;

public sealed record ClimateCityView(int Id, string Name, string CountryCode, double? Latitude, double? Longitude);

/// <summary>A city's values for one period, and where they come from (cited wherever shown).</summary>
public sealed record ClimateValuesView(ClimateIndicators Values, bool IsDerived, string? Derivation, int DataSetId);

public sealed record ClimateSourceView(int Id, string Name, string Citation, string? Licence, string? Url);

/// <summary>A twin: how far its climate is, what differs most, and what links the two cities already.</summary>
public sealed record TwinView(ClimateCityView City, double Distance, bool IsClose, IReadOnlyList<IndicatorDifference> Differences,
    bool IsDerived, bool IsPartner, IReadOnlyList<string> SharedNetworks, IReadOnlyList<PracticeSummaryView> Practices);

/// <summary>
/// A climate twinning recorded in the register, and what the data says of it: where the analogue city ranks among the
/// present-day climates nearest to the other's projected climate.
/// </summary>
public sealed record RecordedTwinningView(int PartnershipId, ClimateCityView FutureCity, ClimateCityView AnalogueCity, string Horizon, string Source,
    double? Distance, int? Rank, int Compared, ClimateCityView? Nearest, double? NearestDistance);

public sealed record ClimateTwinsView(
    ClimateCityView City,
    ClimatePeriod? Projection,
    IReadOnlyList<ClimatePeriod> Projections,
    ClimateValuesView? Present,
    ClimateValuesView? Future,
    IReadOnlyList<TwinView> FutureLikeTheirPresent,
    IReadOnlyList<TwinView> PresentLikeTheirFuture,
    IReadOnlyList<RecordedTwinningView> Recorded,
    IReadOnlyList<ClimateSourceView> Sources,
    int CitiesWithData,
    int? ClimateAreaId)
{
    public bool HasData => Present is not null;
}

/// <summary>
/// The climate-twin finder (docs/climate-twins.md): for a city, the cities whose climate today resembles its projected
/// climate, and those whose projected climate resembles its climate today, ranked by <see cref="ClimateSimilarity"/>;
/// which of them are partners already (as far as the viewer may read the register), which share a network, and their
/// published practices in climate action. One query per kind of fact, whatever the number of cities.
/// </summary>
public sealed class ClimateTwins(AppDbContext db, BestPracticeQueries practices, SharedReadCache cache)
{
    public const int TwinsShown = 8;
    public static readonly ClimatePeriod DefaultProjection = ClimatePeriod.Projection(2050, "RCP4.5");

    public Task<IReadOnlyList<ClimatePeriod>> ProjectionsAsync(CancellationToken cancellationToken) =>
        cache.GetOrReadAsync("climate:projections", async token => (IReadOnlyList<ClimatePeriod>)[.. (await db.CityClimates.AsNoTracking()
                .Where(c => c.Period != ClimatePeriod.Present)
                .Select(c => new { c.Period, c.Scenario }).Distinct().ToListAsync(token))
            .Select(p => ClimatePeriod.Parse(p.Period, p.Scenario))
            .OrderBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.Scenario, StringComparer.Ordinal)], cancellationToken);

    public async Task<ClimateTwinsView?> FindAsync(Viewer viewer, int cityId, string? projection, string language, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == cityId)
            .Select(c => new ClimateCityView(c.Id, c.NameIn(language), c.CountryCode, c.Latitude, c.Longitude))
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return null;
        }

        var projections = await ProjectionsAsync(cancellationToken);
        var chosen = projections.FirstOrDefault(p => p.ToString() == projection)
            ?? projections.FirstOrDefault(p => p == DefaultProjection)
            ?? (projections.Count > 0 ? projections[0] : null);
        var (period, scenario) = chosen is null ? (ClimatePeriod.Present, ClimatePeriod.Observed) : (chosen.Period, chosen.Scenario);
        var pool = await PoolAsync(period, scenario, cancellationToken);
        var (presentById, futureById) = (pool.Present, pool.Future);
        var areaId = await db.ActionAreas.AsNoTracking().Where(a => a.Name == ReferenceData.ClimateActionArea).Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var ownPresent = presentById.GetValueOrDefault(cityId);
        var ownFuture = futureById.GetValueOrDefault(cityId);
        if (ownPresent is null || presentById.Count < 2)
        {
            return new ClimateTwinsView(city, chosen, projections, ownPresent, ownFuture, [], [], [], [], presentById.Count, areaId);
        }

        var (similarity, presentPool, futurePool) = (pool.Similarity!, pool.PresentPool, pool.FuturePool);
        var likeTheirPresent = ownFuture is null ? [] : ClimateAnalogues.Nearest(ownFuture.Values, presentPool, similarity, cityId, TwinsShown);
        var likeTheirFuture = ClimateAnalogues.Nearest(ownPresent.Values, futurePool, similarity, cityId, TwinsShown);

        var twinnings = await db.ClimateTwinnings.AsNoTracking()
            .Where(t => t.FutureCityId == cityId || t.AnalogueCityId == cityId)
            .Join(db.Partnerships.Where(viewer.Readable()), t => t.PartnershipId, p => p.Id, (t, p) => t)
            .ToListAsync(cancellationToken);
        // What the data says of each recorded twinning: the nearest present-day climate to the one city's projection.
        var nearestOf = twinnings.Select(t => t.FutureCityId).Distinct().Where(futureById.ContainsKey)
            .ToDictionary(id => id, id => ClimateAnalogues.Nearest(futureById[id].Values, presentPool, similarity, id, 1) is [var first, ..] ? first : default);
        var twinIds = likeTheirPresent.Concat(likeTheirFuture).Select(a => a.CityId).Distinct().ToList();
        var cityIds = twinIds.Concat(twinnings.SelectMany(t => new[] { t.FutureCityId, t.AnalogueCityId }))
            .Concat(nearestOf.Values.Select(a => a.CityId)).Append(cityId).Distinct().ToList();
        var cities = await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id))
            .Select(c => new ClimateCityView(c.Id, c.NameIn(language), c.CountryCode, c.Latitude, c.Longitude))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var partners = (await db.Partnerships.Where(viewer.Readable())
                .Where(p => (p.CityId == cityId && twinIds.Contains(p.PartnerCityId)) || (p.PartnerCityId == cityId && twinIds.Contains(p.CityId)))
                .Select(p => p.CityId == cityId ? p.PartnerCityId : p.CityId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var networks = (await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id))
                .SelectMany(c => c.Networks.Select(n => new { CityId = c.Id, n.Name, n.Acronym, n.GermanName, n.GermanAcronym }))
                .ToListAsync(cancellationToken))
            .ToLookup(n => n.CityId, n => Network.ShortName(n.Name, n.Acronym, n.GermanName, n.GermanAcronym, language));
        var ownNetworks = networks[cityId].ToHashSet();
        var twinPractices = areaId is { } area
            ? await practices.PublishedOfCitiesInAreaAsync(twinIds, area, language, cancellationToken)
            : Array.Empty<PracticeSummaryView>().ToLookup(_ => 0);

        TwinView Twin(Analogue analogue, ClimateIndicators from, ClimateValuesView to) => new(
            cities[analogue.CityId], analogue.Distance, ClimateSimilarity.IsClose(analogue.Distance),
            similarity.LargestDifferences(from, to.Values), to.IsDerived, partners.Contains(analogue.CityId),
            [.. networks[analogue.CityId].Where(ownNetworks.Contains).Order(StringComparer.Ordinal)],
            [.. twinPractices[analogue.CityId]]);

        var recorded = twinnings.Select(t =>
        {
            var futureOf = futureById.GetValueOrDefault(t.FutureCityId);
            var analoguePresent = presentById.GetValueOrDefault(t.AnalogueCityId);
            if (futureOf is null || analoguePresent is null)
            {
                return new RecordedTwinningView(t.PartnershipId, cities[t.FutureCityId], cities[t.AnalogueCityId], t.Horizon, t.Source, null, null, 0, null, null);
            }

            var nearest = nearestOf[t.FutureCityId];
            return new RecordedTwinningView(t.PartnershipId, cities[t.FutureCityId], cities[t.AnalogueCityId], t.Horizon, t.Source,
                similarity.Distance(futureOf.Values, analoguePresent.Values),
                ClimateAnalogues.RankOf(t.AnalogueCityId, futureOf.Values, presentPool, similarity, t.FutureCityId),
                presentPool.Count(c => c.CityId != t.FutureCityId), cities.GetValueOrDefault(nearest.CityId), nearest.Distance);
        }).ToList();

        var shownDataSets = likeTheirPresent.Select(a => presentById[a.CityId].DataSetId)
            .Concat(likeTheirFuture.Select(a => futureById[a.CityId].DataSetId))
            .Append(ownPresent.DataSetId)
            .Concat(ownFuture is null ? [] : [ownFuture.DataSetId])
            .Distinct().ToList();
        var sources = await db.ClimateDataSets.AsNoTracking().Where(d => shownDataSets.Contains(d.Id)).OrderBy(d => d.Id)
            .Select(d => new ClimateSourceView(d.Id, d.Name, d.Citation, d.Licence, d.Url))
            .ToListAsync(cancellationToken);

        return new ClimateTwinsView(city, chosen, projections, ownPresent, ownFuture,
            [.. likeTheirPresent.Select(a => Twin(a, ownFuture!.Values, presentById[a.CityId]))],
            [.. likeTheirFuture.Select(a => Twin(a, ownPresent.Values, futureById[a.CityId]))],
            recorded, sources, presentById.Count, areaId);
    }

    /// <summary>
    /// The cities whose present-day climate is close to this city's climate under the default projection, or whose
    /// projected climate is close to its climate today: the climate twins partner suggestions count. Empty when the
    /// city has no values.
    /// </summary>
    public async Task<IReadOnlySet<int>> CloseTwinIdsAsync(int cityId, CancellationToken cancellationToken)
    {
        var pool = await PoolAsync(DefaultProjection.Period, DefaultProjection.Scenario, cancellationToken);
        if (pool.Similarity is not { } similarity || !pool.Present.TryGetValue(cityId, out var ownPresent))
        {
            return new HashSet<int>();
        }

        var close = pool.FuturePool.Where(f => f.CityId != cityId && ClimateSimilarity.IsClose(similarity.Distance(ownPresent.Values, f.Values)))
            .Select(f => f.CityId).ToHashSet();
        if (pool.Future.TryGetValue(cityId, out var ownFuture))
        {
            close.UnionWith(pool.PresentPool.Where(p => p.CityId != cityId && ClimateSimilarity.IsClose(similarity.Distance(ownFuture.Values, p.Values)))
                .Select(p => p.CityId));
        }

        return close;
    }

    /// <summary>
    /// Every city's present-day values and its values in one projection, with the indicators' scales measured on the
    /// present ones: the same for every reader, so read once and kept until the next saved change (SharedReadCache).
    /// Read per request, these 4,000 rows were most of the finder's time (docs/benchmarks.md).
    /// </summary>
    private Task<ClimatePool> PoolAsync(string period, string scenario, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync($"climate:pool:{period}:{scenario}", async token =>
        {
            var rows = await db.CityClimates.AsNoTracking()
                .Where(c => c.Period == ClimatePeriod.Present || (c.Period == period && c.Scenario == scenario))
                .Select(c => new ClimateRowData(c.CityId, c.Period == ClimatePeriod.Present, new ClimateValuesView(
                    new ClimateIndicators(c.AnnualMeanTemperature, c.MaxTemperatureWarmestMonth, c.MinTemperatureColdestMonth, c.AnnualPrecipitation,
                        c.PrecipitationWettestMonth), c.IsDerived, c.Derivation, c.DataSetId)))
                .ToListAsync(token);
            var present = rows.Where(r => r.IsPresent).ToDictionary(r => r.CityId, r => r.Values);
            var future = period == ClimatePeriod.Present ? [] : rows.Where(r => !r.IsPresent).ToDictionary(r => r.CityId, r => r.Values);
            return new ClimatePool(present, future,
                present.Count < 2 ? null : ClimateSimilarity.From([.. present.Values.Select(v => v.Values)]),
                [.. present.Select(p => new CityClimateValues(p.Key, p.Value.Values))],
                [.. future.Select(p => new CityClimateValues(p.Key, p.Value.Values))]);
        }, cancellationToken);

    private sealed record ClimateRowData(int CityId, bool IsPresent, ClimateValuesView Values);

    private sealed record ClimatePool(
        IReadOnlyDictionary<int, ClimateValuesView> Present,
        IReadOnlyDictionary<int, ClimateValuesView> Future,
        ClimateSimilarity? Similarity,
        IReadOnlyList<CityClimateValues> PresentPool,
        IReadOnlyList<CityClimateValues> FuturePool);
}
