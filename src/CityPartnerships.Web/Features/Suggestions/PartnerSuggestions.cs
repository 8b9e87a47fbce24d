using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Networks;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Features.Climate;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Features.Suggestions;

public sealed record SuggestedCityView(int Id, string Name, string CountryCode, int? Population);

/// <summary>A reason as shown: its kind, its points and what it rests on (action areas, networks or partner cities by name).</summary>
public sealed record SuggestionReasonView(SuggestionReasonKind Kind, int Points, IReadOnlyList<string> Names);

public sealed record PartnerSuggestionView(SuggestedCityView City, int Points, IReadOnlyList<SuggestionReasonView> Reasons);

/// <summary>A page of suggestions and how many there are before any filter.</summary>
public sealed record SuggestionPage(PagedResult<PartnerSuggestionView> Suggestions, int TotalCount);

public sealed record DismissedSuggestionView(SuggestedCityView City, string DismissedBy, DateTime DismissedAt);

/// <summary>
/// Partner suggestions for a city (docs/partner-suggestions.md): candidates are the cities that share something with
/// it in the register, the library, the networks or the climate data, never the 135,000 gazetteer places as such. One
/// query per kind of fact, whatever the number of candidates; the points come from <see cref="PartnerSuggestionScoring"/>.
/// Partnerships count only as far as the viewer may read them, so an internal partnership of two other cities
/// never shows through a suggestion.
/// </summary>
public sealed class PartnerSuggestions(AppDbContext db, ClimateTwins climate, SharedReadCache cache, TimeProvider clock)
{
    /// <summary>The suggestions, best first, every one named; null when the viewer may not read this city's suggestions.</summary>
    public async Task<IReadOnlyList<PartnerSuggestionView>?> ForCityAsync(Viewer viewer, int cityId, string language, CancellationToken cancellationToken) =>
        await ScoredAsync(viewer, cityId, cancellationToken) is not { } scored
            ? null
            : await NamedAsync(scored, language, cancellationToken);

    /// <summary>
    /// One page of the suggestions, optionally only those with one kind of reason, best first or by name, and how many
    /// there are in all; null when the viewer may not read this city's suggestions. Only the page's reasons are named.
    /// </summary>
    public async Task<SuggestionPage?> PageAsync(Viewer viewer, int cityId, string language, SuggestionReasonKind? reason, bool byName, int page,
        CancellationToken cancellationToken)
    {
        if (await ScoredAsync(viewer, cityId, cancellationToken) is not { } scored)
        {
            return null;
        }

        IEnumerable<ScoredCandidate> shown = reason is { } kind ? scored.Where(s => s.Score.Reasons.Any(r => r.Kind == kind)) : scored;
        if (byName)
        {
            shown = shown.OrderBy(s => s.City.Name, StringComparer.CurrentCulture);
        }

        var paged = shown.ToList().ToPagedResult(page);
        var named = await NamedAsync(paged.Items, language, cancellationToken);
        return new SuggestionPage(new PagedResult<PartnerSuggestionView>(named, paged.Page, paged.PageSize, paged.TotalCount), scored.Count);
    }

    /// <summary>Every candidate with its score, best first (by name within the same points); null when the viewer may not read them.</summary>
    private async Task<IReadOnlyList<ScoredCandidate>?> ScoredAsync(Viewer viewer, int cityId, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => new { c.Id, c.Population }).SingleOrDefaultAsync(cancellationToken);
        if (city is null || !viewer.CanReadSuggestionsOf(cityId))
        {
            return null;
        }

        // Scoring every city of a large register costs ~30 ms of CPU (docs/benchmarks.md): kept until the next saved
        // change (a dismissal included) for the city's users, who all read the same partnerships.
        return await cache.GetOrReadAsync($"suggestions:city:{cityId}:{(viewer.IsAdmin ? "all" : "own")}",
            async token => await ScoreAsync(viewer, cityId, city.Population, token), cancellationToken);
    }

    private async Task<IReadOnlyList<ScoredCandidate>> ScoreAsync(Viewer viewer, int cityId, int? population, CancellationToken cancellationToken)
    {
        var readable = db.Partnerships.AsNoTracking().Where(viewer.Readable()).Where(p => p.Status != PartnershipStatus.Ended);
        var ourPartners = (await readable.Where(p => p.CityId == cityId || p.PartnerCityId == cityId)
            .Select(p => p.CityId == cityId ? p.PartnerCityId : p.CityId).ToListAsync(cancellationToken)).ToHashSet();
        var dismissed = (await db.DismissedSuggestions.AsNoTracking().Where(d => d.CityId == cityId).Select(d => d.CandidateCityId)
            .ToListAsync(cancellationToken)).ToHashSet();

        // What our city works on: its unit's focus, its partnerships' areas and its practices (any status: a draft shows interest).
        var ourAreas = (await db.InternationalAffairsUnits.AsNoTracking().Where(u => u.CityId == cityId).SelectMany(u => u.FocusAreas.Select(a => a.Id))
                .Concat(db.Partnerships.Where(p => p.CityId == cityId || p.PartnerCityId == cityId).SelectMany(p => p.ActionAreas.Select(a => a.Id)))
                .Concat(db.BestPractices.Where(b => b.CityId == cityId).SelectMany(b => b.ActionAreas.Select(a => a.Id)))
                .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var ourExpertise = (await db.BestPractices.AsNoTracking().Where(b => b.CityId == cityId && b.Status == BestPracticeStatus.Published)
            .SelectMany(b => b.ActionAreas.Select(a => a.Id)).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var ourNetworks = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).SelectMany(c => c.Networks.Select(n => n.Id)).ToListAsync(cancellationToken);
        var networks = await db.Cities.AsNoTracking().Where(c => c.Id != cityId)
            .SelectMany(c => c.Networks.Where(n => ourNetworks.Contains(n.Id)), (c, n) => new { CityId = c.Id, NetworkId = n.Id })
            .ToListAsync(cancellationToken);
        var partnersOfPartners = await readable
            .Where(p => p.CityId != cityId && p.PartnerCityId != cityId && (ourPartners.Contains(p.CityId) || ourPartners.Contains(p.PartnerCityId)))
            .Select(p => new { p.CityId, p.PartnerCityId })
            .ToListAsync(cancellationToken);
        var twins = await climate.CloseTwinIdsAsync(cityId, cancellationToken);
        var register = await RegisterAsync(cancellationToken);

        // The facts per candidate, gathered in one pass over each source: a register of 10,000 cities makes about as many candidates.
        var facts = new Dictionary<int, CandidateFacts>();
        CandidateFacts? Of(int id) => id == cityId || ourPartners.Contains(id) || dismissed.Contains(id)
            ? null
            : facts.TryGetValue(id, out var found) ? found : facts[id] = new CandidateFacts();
        foreach (var (id, areas) in register.PartnershipAreas.Concat(register.PracticeAreas))
        {
            foreach (var area in areas)
            {
                if (ourAreas.Contains(area))
                {
                    Of(id)?.SharedAreas.Add(area);
                }
            }
        }

        foreach (var (id, areas) in register.PracticeAreas)
        {
            foreach (var area in areas)
            {
                if (!ourExpertise.Contains(area))
                {
                    Of(id)?.ComplementaryAreas.Add(area);
                }
            }
        }

        foreach (var membership in networks)
        {
            Of(membership.CityId)?.Networks.Add(membership.NetworkId);
        }

        foreach (var partnership in partnersOfPartners)
        {
            if (ourPartners.Contains(partnership.CityId))
            {
                Of(partnership.PartnerCityId)?.CommonPartners.Add(partnership.CityId);
            }

            if (ourPartners.Contains(partnership.PartnerCityId))
            {
                Of(partnership.CityId)?.CommonPartners.Add(partnership.PartnerCityId);
            }
        }

        foreach (var twin in twins)
        {
            Of(twin)?.IsClimateTwin = true;
        }

        if (facts.Count == 0)
        {
            return [];
        }

        var others = await CitiesAsync(facts.Keys.Where(id => !register.Cities.ContainsKey(id)).ToList(), cancellationToken);
        var scored = new List<ScoredCandidate>(facts.Count);
        foreach (var (id, fact) in facts)
        {
            if (!register.Cities.TryGetValue(id, out var candidate) && !others.TryGetValue(id, out candidate))
            {
                continue;
            }

            var score = PartnerSuggestionScoring.Score(new SuggestionFacts(fact.SharedAreas, fact.ComplementaryAreas, population,
                candidate.Population, fact.Networks, fact.IsClimateTwin, fact.CommonPartners));
            if (score.IsSuggested)
            {
                scored.Add(new ScoredCandidate(candidate, score));
            }
        }

        scored.Sort((a, b) => a.Score.Points != b.Score.Points ? b.Score.Points.CompareTo(a.Score.Points)
            : string.CompareOrdinal(a.City.Name, b.City.Name) is var byName and not 0 ? byName : a.City.Id.CompareTo(b.City.Id));
        return scored;
    }

    /// <summary>The reasons of these candidates with the names of the areas, networks and partner cities they rest on.</summary>
    private async Task<IReadOnlyList<PartnerSuggestionView>> NamedAsync(IReadOnlyList<ScoredCandidate> scored, string language, CancellationToken cancellationToken)
    {
        var partnerIds = scored.SelectMany(s => s.Score.Reasons).Where(r => r.Kind == SuggestionReasonKind.PartnersPartner).SelectMany(r => r.Ids).ToHashSet();
        var partnerNames = await db.Cities.AsNoTracking().Where(c => partnerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.NameIn(language), cancellationToken);
        var names = await NamesAsync(language, cancellationToken);
        return [.. scored.Select(s => new PartnerSuggestionView(s.City, s.Score.Points,
            [.. s.Score.Reasons.Select(r => new SuggestionReasonView(r.Kind, r.Points, NamesOf(r, names, partnerNames)))]))];
    }

    /// <summary>The cities a city's staff dismissed, newest first; null when the viewer may not read this city's suggestions.</summary>
    public async Task<IReadOnlyList<DismissedSuggestionView>?> DismissedAsync(Viewer viewer, int cityId, CancellationToken cancellationToken)
    {
        if (!viewer.CanReadSuggestionsOf(cityId))
        {
            return null;
        }

        return await db.DismissedSuggestions.AsNoTracking().Where(d => d.CityId == cityId)
            .Join(db.Cities, d => d.CandidateCityId, c => c.Id, (d, c) => new { d.DismissedBy, d.DismissedAt, c.Id, Name = c.NameIn(PortalCultures.Language), c.CountryCode, c.Population })
            .OrderByDescending(d => d.DismissedAt).ThenBy(d => d.Name)
            .Select(d => new DismissedSuggestionView(new SuggestedCityView(d.Id, d.Name, d.CountryCode, d.Population), d.DismissedBy, d.DismissedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stops suggesting a city to the viewer's own city; dismissing twice changes nothing.</summary>
    public async Task<ChangeResult> DismissAsync(Viewer viewer, int cityId, int candidateCityId, string dismissedBy, CancellationToken cancellationToken)
    {
        if (!viewer.CanReadSuggestionsOf(cityId))
        {
            return ChangeResult.NotFound;
        }

        if (!viewer.CanDismissSuggestionsOf(cityId))
        {
            return ChangeResult.Forbidden;
        }

        if (!await db.Cities.AnyAsync(c => c.Id == candidateCityId, cancellationToken))
        {
            return ChangeResult.NotFound;
        }

        if (await db.DismissedSuggestions.AnyAsync(d => d.CityId == cityId && d.CandidateCityId == candidateCityId, cancellationToken))
        {
            return ChangeResult.Done;
        }

        try
        {
            db.DismissedSuggestions.Add(new DismissedSuggestion(cityId, candidateCityId, dismissedBy, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            return ChangeResult.Done;
        }
        catch (DomainException error)
        {
            return ChangeResult.Invalid([error]);
        }
        catch (DbUpdateException)
        {
            // A double click: the other request dismissed it first, which is what this one wanted.
            db.ChangeTracker.Clear();
            if (!await db.DismissedSuggestions.AnyAsync(d => d.CityId == cityId && d.CandidateCityId == candidateCityId, cancellationToken))
            {
                throw;
            }

            return ChangeResult.Done;
        }
    }

    /// <summary>Suggests a dismissed city again.</summary>
    public async Task<ChangeResult> RestoreAsync(Viewer viewer, int cityId, int candidateCityId, CancellationToken cancellationToken)
    {
        if (!viewer.CanReadSuggestionsOf(cityId))
        {
            return ChangeResult.NotFound;
        }

        if (!viewer.CanDismissSuggestionsOf(cityId))
        {
            return ChangeResult.Forbidden;
        }

        await db.DismissedSuggestions.Where(d => d.CityId == cityId && d.CandidateCityId == candidateCityId).ExecuteDeleteAsync(cancellationToken);
        return ChangeResult.Done;
    }

    /// <summary>
    /// The action areas each city works on in the register (in its partnerships that are not internal and have not
    /// ended, and in its published practices), and the names and sizes of those cities. The same for every reader (a
    /// city's own internal partnerships count only with partners it already has, who are never suggested), so it is
    /// read once, grouped in SQL, and kept until the next saved change: read per request, the 160,000 rows of a large
    /// register took most of a second (docs/benchmarks.md).
    /// </summary>
    private Task<RegisterFacts> RegisterAsync(CancellationToken cancellationToken) =>
        cache.GetOrReadAsync("suggestions:register", async token =>
        {
            var partnerships = db.Partnerships.AsNoTracking().Where(p => !p.IsInternal && p.Status != PartnershipStatus.Ended);
            var partnershipAreas = await partnerships.SelectMany(p => p.ActionAreas, (p, a) => new { p.CityId, AreaId = a.Id })
                .Concat(partnerships.SelectMany(p => p.ActionAreas, (p, a) => new { CityId = p.PartnerCityId, AreaId = a.Id }))
                .GroupBy(p => p.CityId)
                .Select(g => new { g.Key, Areas = EF.Functions.ArrayAgg(g.Select(p => p.AreaId).Distinct()) })
                .ToDictionaryAsync(g => g.Key, g => g.Areas, token);
            var practiceAreas = await db.BestPractices.AsNoTracking().Where(b => b.Status == BestPracticeStatus.Published)
                .SelectMany(b => b.ActionAreas, (b, a) => new { b.CityId, AreaId = a.Id })
                .GroupBy(p => p.CityId)
                .Select(g => new { g.Key, Areas = EF.Functions.ArrayAgg(g.Select(p => p.AreaId).Distinct()) })
                .ToDictionaryAsync(g => g.Key, g => g.Areas, token);
            var ids = partnershipAreas.Keys.Union(practiceAreas.Keys).ToList();
            var cities = await CityViews(ids).ToDictionaryAsync(c => c.Id, token);
            return new RegisterFacts(partnershipAreas, practiceAreas, cities);
        }, cancellationToken);

    /// <summary>The names and sizes of candidates the register's read does not know (members of our networks, climate twins).</summary>
    private async Task<Dictionary<int, SuggestedCityView>> CitiesAsync(List<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await CityViews(ids).ToDictionaryAsync(c => c.Id, cancellationToken);

    private IQueryable<SuggestedCityView> CityViews(IReadOnlyCollection<int> ids) =>
        db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new SuggestedCityView(c.Id, c.NameIn(PortalCultures.Language), c.CountryCode, c.Population));

    private async Task<ReasonNames> NamesAsync(string language, CancellationToken cancellationToken)
    {
        var areas = await db.ActionAreas.AsNoTracking().Select(a => new { a.Id, a.Name, a.GermanName }).ToListAsync(cancellationToken);
        var networks = await db.Networks.AsNoTracking().Select(n => new { n.Id, n.Name, n.Acronym, n.GermanName, n.GermanAcronym }).ToListAsync(cancellationToken);
        return new ReasonNames(areas.ToDictionary(a => a.Id, a => ActionArea.NameIn(a.Name, a.GermanName, language)),
            networks.ToDictionary(n => n.Id, n => Network.ShortName(n.Name, n.Acronym, n.GermanName, n.GermanAcronym, language)));
    }

    private static IReadOnlyList<string> NamesOf(SuggestionReason reason, ReasonNames names, IReadOnlyDictionary<int, string> partnerNames)
    {
        var source = reason.Kind switch
        {
            SuggestionReasonKind.SharedActionAreas or SuggestionReasonKind.ComplementaryExpertise => names.Areas,
            SuggestionReasonKind.SharedNetworks => names.Networks,
            SuggestionReasonKind.PartnersPartner => partnerNames,
            _ => new Dictionary<int, string>(),
        };
        return [.. reason.Ids.Where(source.ContainsKey).Select(id => source[id]).Order(StringComparer.CurrentCulture)];
    }

    private sealed record RegisterFacts(
        IReadOnlyDictionary<int, int[]> PartnershipAreas,
        IReadOnlyDictionary<int, int[]> PracticeAreas,
        IReadOnlyDictionary<int, SuggestedCityView> Cities);

    private sealed record ScoredCandidate(SuggestedCityView City, SuggestionScore Score);

    /// <summary>What is known of one candidate while the sources are gathered; sets, because two sources can name the same area.</summary>
    private sealed class CandidateFacts
    {
        public HashSet<int> SharedAreas { get; } = [];

        public HashSet<int> ComplementaryAreas { get; } = [];

        public HashSet<int> Networks { get; } = [];

        public HashSet<int> CommonPartners { get; } = [];

        public bool IsClimateTwin { get; set; }
    }

    private sealed record ReasonNames(IReadOnlyDictionary<int, string> Areas, IReadOnlyDictionary<int, string> Networks);
}
