using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Web.Features.Climate;

namespace CityPartnerships.Web.Features.Suggestions;

public sealed record SuggestedCityView(int Id, string Name, string CountryCode, int? Population);

/// <summary>A reason as shown: its kind, its points and what it rests on (action areas, networks or partner cities by name).</summary>
public sealed record SuggestionReasonView(SuggestionReasonKind Kind, int Points, IReadOnlyList<string> Names);

public sealed record PartnerSuggestionView(SuggestedCityView City, int Points, IReadOnlyList<SuggestionReasonView> Reasons);

public sealed record DismissedSuggestionView(SuggestedCityView City, string DismissedBy, DateTime DismissedAt);

/// <summary>
/// Partner suggestions for a city (docs/partner-suggestions.md): candidates are the cities that share something with
/// it in the register, the library, the networks or the climate data, never the 135,000 gazetteer places as such. One
/// query per kind of fact, whatever the number of candidates; the points come from <see cref="PartnerSuggestionScoring"/>.
/// Partnerships count only as far as the viewer may read them, so an internal partnership of two other cities
/// never shows through a suggestion.
/// </summary>
public sealed class PartnerSuggestions(AppDbContext db, ClimateTwins climate, TimeProvider clock)
{
    /// <summary>The suggestions, best first; null when the viewer may not read this city's suggestions.</summary>
    public async Task<IReadOnlyList<PartnerSuggestionView>?> ForCityAsync(Viewer viewer, int cityId, string language, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => new { c.Id, c.Population }).SingleOrDefaultAsync(cancellationToken);
        if (city is null || !viewer.CanReadSuggestionsOf(cityId))
        {
            return null;
        }

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

        var partnershipAreas = await readable.Where(p => p.CityId != cityId && p.PartnerCityId != cityId)
            .SelectMany(p => p.ActionAreas.Where(a => ourAreas.Contains(a.Id)), (p, a) => new { p.CityId, p.PartnerCityId, AreaId = a.Id })
            .Distinct().ToListAsync(cancellationToken);
        var practiceAreas = await db.BestPractices.AsNoTracking().Where(b => b.CityId != cityId && b.Status == BestPracticeStatus.Published)
            .SelectMany(b => b.ActionAreas, (b, a) => new { b.CityId, AreaId = a.Id })
            .Distinct().ToListAsync(cancellationToken);
        var networks = await db.Cities.AsNoTracking().Where(c => c.Id != cityId)
            .SelectMany(c => c.Networks.Where(n => ourNetworks.Contains(n.Id)), (c, n) => new { CityId = c.Id, NetworkId = n.Id })
            .ToListAsync(cancellationToken);
        var partnersOfPartners = await readable
            .Where(p => p.CityId != cityId && p.PartnerCityId != cityId && (ourPartners.Contains(p.CityId) || ourPartners.Contains(p.PartnerCityId)))
            .Select(p => new { p.CityId, p.PartnerCityId })
            .ToListAsync(cancellationToken);
        var twins = await climate.CloseTwinIdsAsync(cityId, cancellationToken);

        var shared = partnershipAreas.SelectMany(p => new[] { (p.CityId, p.AreaId), (CityId: p.PartnerCityId, p.AreaId) })
            .Concat(practiceAreas.Where(p => ourAreas.Contains(p.AreaId)).Select(p => (p.CityId, p.AreaId)))
            .ToLookup(p => p.CityId, p => p.AreaId);
        var complementary = practiceAreas.Where(p => !ourExpertise.Contains(p.AreaId)).ToLookup(p => p.CityId, p => p.AreaId);
        var sharedNetworks = networks.ToLookup(n => n.CityId, n => n.NetworkId);
        var commonPartners = partnersOfPartners
            .Select(p => ourPartners.Contains(p.CityId) ? (Candidate: p.PartnerCityId, Via: p.CityId) : (Candidate: p.CityId, Via: p.PartnerCityId))
            .Concat(partnersOfPartners.Where(p => ourPartners.Contains(p.CityId) && ourPartners.Contains(p.PartnerCityId)).Select(p => (Candidate: p.CityId, Via: p.PartnerCityId)))
            .ToLookup(p => p.Candidate, p => p.Via);

        var candidateIds = shared.Select(g => g.Key).Concat(complementary.Select(g => g.Key)).Concat(sharedNetworks.Select(g => g.Key))
            .Concat(commonPartners.Select(g => g.Key)).Concat(twins)
            .Where(id => id != cityId && !ourPartners.Contains(id) && !dismissed.Contains(id))
            .ToHashSet();
        if (candidateIds.Count == 0)
        {
            return [];
        }

        var cities = await CitiesAsync(candidateIds.Concat(ourPartners), cancellationToken);
        var names = await NamesAsync(language, cancellationToken);
        var suggestions = new List<PartnerSuggestionView>();
        foreach (var id in candidateIds.Where(cities.ContainsKey))
        {
            var score = PartnerSuggestionScoring.Score(new SuggestionFacts(
                [.. shared[id].Distinct()], [.. complementary[id].Distinct()], city.Population, cities[id].Population,
                [.. sharedNetworks[id].Distinct()], twins.Contains(id), [.. commonPartners[id].Distinct()]));
            if (score.IsSuggested)
            {
                suggestions.Add(new PartnerSuggestionView(cities[id], score.Points,
                    [.. score.Reasons.Select(r => new SuggestionReasonView(r.Kind, r.Points, NamesOf(r, names, cities)))]));
            }
        }

        return [.. suggestions.OrderByDescending(s => s.Points).ThenBy(s => s.City.Name, StringComparer.Ordinal).ThenBy(s => s.City.Id)];
    }

    /// <summary>The cities a city's staff dismissed, newest first; null when the viewer may not read this city's suggestions.</summary>
    public async Task<IReadOnlyList<DismissedSuggestionView>?> DismissedAsync(Viewer viewer, int cityId, CancellationToken cancellationToken)
    {
        if (!viewer.CanReadSuggestionsOf(cityId))
        {
            return null;
        }

        return await db.DismissedSuggestions.AsNoTracking().Where(d => d.CityId == cityId)
            .Join(db.Cities, d => d.CandidateCityId, c => c.Id, (d, c) => new { d.DismissedBy, d.DismissedAt, c.Id, c.Name, c.CountryCode, c.Population })
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

    private Task<Dictionary<int, SuggestedCityView>> CitiesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return db.Cities.AsNoTracking().Where(c => list.Contains(c.Id))
            .Select(c => new SuggestedCityView(c.Id, c.Name, c.CountryCode, c.Population))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private async Task<ReasonNames> NamesAsync(string language, CancellationToken cancellationToken)
    {
        var areas = await db.ActionAreas.AsNoTracking().Select(a => new { a.Id, a.Name, a.GermanName }).ToListAsync(cancellationToken);
        var networks = await db.Networks.AsNoTracking().Select(n => new { n.Id, Name = n.Acronym ?? n.Name }).ToListAsync(cancellationToken);
        return new ReasonNames(areas.ToDictionary(a => a.Id, a => ActionArea.NameIn(a.Name, a.GermanName, language)),
            networks.ToDictionary(n => n.Id, n => n.Name));
    }

    private static IReadOnlyList<string> NamesOf(SuggestionReason reason, ReasonNames names, Dictionary<int, SuggestedCityView> cities)
    {
        IReadOnlyDictionary<int, string> source = reason.Kind switch
        {
            SuggestionReasonKind.SharedActionAreas or SuggestionReasonKind.ComplementaryExpertise => names.Areas,
            SuggestionReasonKind.SharedNetworks => names.Networks,
            SuggestionReasonKind.PartnersPartner => reason.Ids.Where(cities.ContainsKey).ToDictionary(id => id, id => cities[id].Name),
            _ => new Dictionary<int, string>(),
        };
        return [.. reason.Ids.Where(source.ContainsKey).Select(id => source[id]).Order(StringComparer.CurrentCulture)];
    }

    private sealed record ReasonNames(IReadOnlyDictionary<int, string> Areas, IReadOnlyDictionary<int, string> Networks);
}
