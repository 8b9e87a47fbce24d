using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Features.Figures;

/// <summary>
/// The figures of a city's international engagement and of the whole association, counted in SQL. A city's figures
/// include its internal records, so only its own users and admins get them; association figures only admins.
/// </summary>
public sealed class EngagementFigures(AppDbContext db, PartnershipQueries partnerships)
{
    /// <summary>The city's figures, or null when the viewer may not see the city's internal records (or there is no such city).</summary>
    public async Task<CityFigures?> ForCityAsync(Viewer viewer, int cityId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!viewer.CanSeeInternalFiguresOf(cityId))
        {
            return null;
        }

        var city = await db.Cities.AsNoTracking()
            .Where(c => c.Id == cityId)
            .Select(c => new
            {
                c.Name,
                Staff = (decimal?)c.InternationalAffairsUnit!.StaffFte,
                Budget = c.InternationalAffairsUnit!.AnnualBudgetEur,
                Strategy = (bool?)c.InternationalAffairsUnit!.HasAdoptedInternationalStrategy,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return null;
        }

        var ofCity = db.Partnerships.AsNoTracking().Where(Partnership.Involving(cityId));
        var active = ofCity.Where(p => p.Status == PartnershipStatus.Active);
        return new CityFigures(
            city.Name,
            await active.CountAsync(cancellationToken),
            await active.Select(p => p.CityId == cityId ? p.PartnerCity!.CountryCode : p.City!.CountryCode).Distinct().CountAsync(cancellationToken),
            await partnerships.CountDueForVerificationAsync(ofCity, nowUtc, cancellationToken),
            await db.BestPractices.CountAsync(b => b.CityId == cityId && b.Status == BestPracticeStatus.Published, cancellationToken),
            city.Staff,
            city.Budget,
            city.Strategy,
            await ByKindAsync(ofCity, cancellationToken),
            await ByStatusAsync(ofCity, cancellationToken),
            await ByActionAreaAsync(active, cancellationToken));
    }

    /// <summary>Association-wide figures over the active partnerships and the member cities' units; admins only.</summary>
    public async Task<AssociationFigures?> ForAssociationAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin)
        {
            return null;
        }

        var active = db.Partnerships.AsNoTracking().Where(p => p.Status == PartnershipStatus.Active);
        var practices = await db.BestPractices.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new AssociationFigures(
            await db.Cities.CountAsync(c => c.IsAssociationMember, cancellationToken),
            await db.Cities.CountAsync(cancellationToken),
            await active.CountAsync(cancellationToken),
            await db.InternationalAffairsUnits.CountAsync(cancellationToken),
            await db.InternationalAffairsUnits.CountAsync(u => u.HasAdoptedInternationalStrategy, cancellationToken),
            await db.Users.CountAsync(cancellationToken),
            await ByKindAsync(active, cancellationToken),
            await ByActionAreaAsync(active, cancellationToken),
            [.. Enum.GetValues<BestPracticeStatus>().Select(s => new Count<BestPracticeStatus>(s, practices.FirstOrDefault(p => p.Key == s)?.Count ?? 0))]);
    }

    private static async Task<IReadOnlyList<Count<PartnershipKind>>> ByKindAsync(IQueryable<Partnership> partnerships,
        CancellationToken cancellationToken) =>
        [.. (await partnerships.GroupBy(p => p.Kind).Select(g => new Count<PartnershipKind>(g.Key, g.Count())).ToListAsync(cancellationToken))
            .OrderByDescending(c => c.Value)];

    private static async Task<IReadOnlyList<Count<PartnershipStatus>>> ByStatusAsync(IQueryable<Partnership> partnerships,
        CancellationToken cancellationToken) =>
        [.. (await partnerships.GroupBy(p => p.Status).Select(g => new Count<PartnershipStatus>(g.Key, g.Count())).ToListAsync(cancellationToken))
            .OrderBy(c => c.Code)];

    private static async Task<IReadOnlyList<AreaCount>> ByActionAreaAsync(IQueryable<Partnership> partnerships,
        CancellationToken cancellationToken) =>
        await partnerships.SelectMany(p => p.ActionAreas)
            .GroupBy(a => new { a.Id, a.Name, a.GermanName })
            .Select(g => new AreaCount(g.Key.Id, g.Key.Name, g.Key.GermanName, g.Count()))
            .ToListAsync(cancellationToken);
}

/// <summary>How many records have a code (a kind, a status).</summary>
public sealed record Count<T>(T Code, int Value)
    where T : struct, Enum;

/// <summary>How many records are tagged with an action area; <see cref="NameIn"/> gives its name in a language.</summary>
public sealed record AreaCount(int AreaId, string Name, string? GermanName, int Value)
{
    public string NameIn(string language) => ActionArea.NameIn(Name, GermanName, language);
}

public sealed record CityFigures(string CityName, int ActivePartnerships, int PartnerCountries, int DueForVerification,
    int PublishedBestPractices, decimal? UnitStaffFte, decimal? UnitBudgetEur, bool? HasStrategy,
    IReadOnlyList<Count<PartnershipKind>> ByKind, IReadOnlyList<Count<PartnershipStatus>> ByStatus, IReadOnlyList<AreaCount> ByActionArea);

public sealed record AssociationFigures(int MemberCities, int Cities, int ActivePartnerships, int Units, int UnitsWithStrategy, int Users,
    IReadOnlyList<Count<PartnershipKind>> ByKind, IReadOnlyList<AreaCount> ByActionArea, IReadOnlyList<Count<BestPracticeStatus>> BestPractices);
