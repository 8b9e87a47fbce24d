using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Features.Figures;

/// <summary>
/// The figures of a city's international engagement and of the whole association, counted in SQL. A city's figures
/// include its internal records, so only its own users and admins get them; association figures only admins.
/// </summary>
public sealed class EngagementFigures(AppDbContext db, PartnershipQueries partnerships, SharedReadCache cache)
{
    /// <summary>How many upcoming activities and deadlines, and records needing attention, a dashboard lists.</summary>
    public const int ListLength = 8;

    /// <summary>Activities this many days ahead count as upcoming; application deadlines likewise.</summary>
    public const int UpcomingDays = 90;

    /// <summary>
    /// The city's dashboard, or null when the viewer may not see the city's internal records (or there is no such
    /// city). Counts are grouped in SQL; only the city's own partnerships are read row by row, for the health scores,
    /// the map and the anniversaries.
    /// </summary>
    public async Task<CityDashboard?> ForCityAsync(Viewer viewer, int cityId, DashboardPeriod period, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        if (!viewer.CanSeeInternalFiguresOf(cityId))
        {
            return null;
        }

        // The same figures for everyone allowed to see them, so one read serves every reader until the next change.
        var today = DateOnly.FromDateTime(nowUtc);
        return await cache.GetOrReadAsync($"figures:city:{cityId}:{period.From}-{period.To}:{today.DayNumber}",
            token => ReadCityAsync(cityId, period, nowUtc, token), cancellationToken);
    }

    private async Task<CityDashboard?> ReadCityAsync(int cityId, DashboardPeriod period, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking()
            .Where(c => c.Id == cityId)
            .Select(c => new
            {
                c.Name,
                c.CountryCode,
                c.Latitude,
                c.Longitude,
                Staff = (decimal?)c.InternationalAffairsUnit!.StaffFte,
                Budget = c.InternationalAffairsUnit!.AnnualBudgetEur,
                Strategy = (bool?)c.InternationalAffairsUnit!.HasAdoptedInternationalStrategy,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(nowUtc);
        var ofCity = db.Partnerships.AsNoTracking().Where(Partnership.Involving(cityId));
        var ids = ofCity.Select(p => p.Id);
        var active = ofCity.Where(p => p.Status == PartnershipStatus.Active);
        var (first, last) = (new DateOnly(period.From, 1, 1), new DateOnly(period.To, 12, 31));
        var thisYear = today.Year;

        var startCounts = await ofCity
            .GroupBy(p => 1)
            .Select(g => new
            {
                InPeriod = g.Count(p => p.StartedOn >= first && p.StartedOn <= last),
                ThisYear = g.Count(p => p.StartedOn >= new DateOnly(thisYear, 1, 1) && p.StartedOn <= new DateOnly(thisYear, 12, 31)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var partnerCountries = await active
            .GroupBy(p => p.CityId == cityId ? p.PartnerCity!.CountryCode : p.City!.CountryCode)
            .Select(g => new CountryCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var globalSouth = await active.CountAsync(p => EF.Property<bool>(p, PartnershipConfiguration.InvolvesGlobalSouthColumn), cancellationToken);

        // Incoming and outgoing are written from the side of the city that logged the partnership; seen from the
        // partner city, an incoming delegation was one it sent.
        var activities = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.PartnershipId) && a.StartsOn >= first && a.StartsOn <= last)
            .Select(a => new
            {
                a.StartsOn.Year,
                a.Kind,
                Logged = db.Partnerships.Any(p => p.Id == a.PartnershipId && p.CityId == cityId),
            })
            .GroupBy(a => new { a.Year, a.Kind, a.Logged })
            .Select(g => new { g.Key.Year, g.Key.Kind, g.Key.Logged, Count = g.Count() })
            .ToListAsync(cancellationToken);
        bool Hosted(ActivityKind kind, bool logged) => logged ? kind == ActivityKind.IncomingDelegation : kind == ActivityKind.OutgoingDelegation;
        bool Sent(ActivityKind kind, bool logged) => logged ? kind == ActivityKind.OutgoingDelegation : kind == ActivityKind.IncomingDelegation;
        var perYear = period.Years
            .Select(year => new YearActivities(
                year,
                activities.Where(a => a.Year == year).Sum(a => a.Count),
                activities.Where(a => a.Year == year && Hosted(a.Kind, a.Logged)).Sum(a => a.Count),
                activities.Where(a => a.Year == year && Sent(a.Kind, a.Logged)).Sum(a => a.Count)))
            .ToList();

        var projects = db.Projects.AsNoTracking().Where(p => ids.Contains(p.PartnershipId));
        var projectsByStatus = await projects.GroupBy(p => p.Status).Select(g => new Count<ProjectStatus>(g.Key, g.Count())).ToListAsync(cancellationToken);
        var funding = await FundingAsync(projects, cancellationToken);

        var areas = await db.ActionAreas.AsNoTracking()
            .Select(a => new AreaCount(a.Id, a.Name, a.GermanName, active.Count(p => p.ActionAreas.Any(pa => pa.Id == a.Id))))
            .ToListAsync(cancellationToken);

        var upcomingUntil = today.AddDays(UpcomingDays);
        var upcoming = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.PartnershipId) && a.StartsOn >= today && a.StartsOn <= upcomingUntil)
            .OrderBy(a => a.StartsOn).ThenBy(a => a.Id)
            .Select(a => new UpcomingActivity(a.PartnershipId, a.Title, a.Kind, a.StartsOn, a.Place,
                db.Partnerships.Where(p => p.Id == a.PartnershipId).Select(p => p.CityId == cityId ? p.PartnerCity!.NameIn(PortalCultures.Language) : p.City!.NameIn(PortalCultures.Language)).Single()))
            .Take(ListLength)
            .ToListAsync(cancellationToken);
        var deadlines = await projects
            .Where(p => p.Status == ProjectStatus.Idea && p.ApplicationDeadline >= today && p.ApplicationDeadline <= upcomingUntil)
            .OrderBy(p => p.ApplicationDeadline).ThenBy(p => p.Id)
            .Select(p => new UpcomingDeadline(p.PartnershipId, p.Id, p.Title, p.Funder, p.ApplicationDeadline!.Value))
            .Take(ListLength)
            .ToListAsync(cancellationToken);

        var partners = await PartnersAsync(ofCity, cityId, today, cancellationToken);
        var byStatus = await ByStatusAsync(ofCity, cancellationToken);
        int StatusCount(PartnershipStatus status) => byStatus.FirstOrDefault(c => c.Code == status)?.Value ?? 0;

        return new CityDashboard
        {
            CityId = cityId,
            CityName = city.Name,
            CountryCode = city.CountryCode,
            Latitude = city.Latitude,
            Longitude = city.Longitude,
            Period = period,
            Today = today,
            ActivePartnerships = StatusCount(PartnershipStatus.Active),
            DormantPartnerships = StatusCount(PartnershipStatus.Dormant),
            NewInPeriod = startCounts?.InPeriod ?? 0,
            NewThisYear = startCounts?.ThisYear ?? 0,
            PartnerCountries = [.. partnerCountries.OrderByDescending(c => c.Value).ThenBy(c => c.CountryCode, StringComparer.Ordinal)],
            GlobalSouthPartnerships = globalSouth,
            DueForVerification = await partnerships.CountDueForVerificationAsync(ofCity, nowUtc, cancellationToken),
            PublishedBestPractices = await db.BestPractices.CountAsync(b => b.CityId == cityId && b.Status == BestPracticeStatus.Published, cancellationToken),
            UnitStaffFte = city.Staff,
            UnitBudgetEur = city.Budget,
            HasStrategy = city.Strategy,
            ByKind = await ByKindAsync(ofCity, cancellationToken),
            ByStatus = byStatus,
            ByActionArea = [.. areas.OrderByDescending(a => a.Value).ThenBy(a => a.Name, StringComparer.Ordinal)],
            ActivitiesPerYear = perYear,
            ProjectsByStatus = [.. projectsByStatus.OrderBy(c => c.Code)],
            Funding = funding,
            UpcomingActivities = upcoming,
            UpcomingDeadlines = deadlines,
            Partners = partners,
        };
    }

    /// <summary>
    /// Money applied for (every application sent: applied, approved, rejected, completed) against money approved
    /// (approved or completed), per funder and currency; projects without an amount are left out.
    /// </summary>
    private static async Task<IReadOnlyList<FunderSums>> FundingAsync(IQueryable<Project> projects, CancellationToken cancellationToken) =>
        [.. (await projects
            .Where(p => p.Amount != null && p.Status != ProjectStatus.Idea)
            .GroupBy(p => new { p.Funder, p.Currency })
            .Select(g => new
            {
                g.Key.Funder,
                g.Key.Currency,
                Applied = g.Sum(p => p.Amount!.Value),
                Approved = g.Sum(p => p.Status == ProjectStatus.Approved || p.Status == ProjectStatus.Completed ? p.Amount!.Value : 0m),
            })
            .ToListAsync(cancellationToken))
            .Select(f => new FunderSums(f.Funder, f.Currency, f.Applied, f.Approved))
            .OrderByDescending(f => f.Applied)];

    /// <summary>The city's partnerships seen from the city, with the facts of their health scores (one row each, no N+1).</summary>
    private async Task<IReadOnlyList<PartnerView>> PartnersAsync(IQueryable<Partnership> ofCity, int cityId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var rows = await ofCity
            .Where(p => p.Status != PartnershipStatus.Ended)
            .Select(p => new
            {
                p.Id,
                PartnerId = p.CityId == cityId ? p.PartnerCityId : p.CityId,
                Name = p.CityId == cityId ? p.PartnerCity!.NameIn(PortalCultures.Language) : p.City!.NameIn(PortalCultures.Language),
                CountryCode = p.CityId == cityId ? p.PartnerCity!.CountryCode : p.City!.CountryCode,
                Latitude = p.CityId == cityId ? p.PartnerCity!.Latitude : p.City!.Latitude,
                Longitude = p.CityId == cityId ? p.PartnerCity!.Longitude : p.City!.Longitude,
                p.Kind,
                p.Status,
                p.StartedOn,
                p.LastVerifiedAt,
                p.IsInternal,
                LastActivityOn = db.Activities.Where(a => a.PartnershipId == p.Id).Max(a => (DateOnly?)a.StartsOn),
                LastYouthActivityOn = db.Activities.Where(a => a.PartnershipId == p.Id && a.Kind == ActivityKind.YouthExchange).Max(a => (DateOnly?)a.StartsOn),
                OpenProjects = db.Projects.Count(j => j.PartnershipId == p.Id && (j.Status == ProjectStatus.Applied || j.Status == ProjectStatus.Approved)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PartnerView(r.Id, r.PartnerId, r.Name, r.CountryCode, r.Latitude, r.Longitude, r.Kind, r.Status,
            r.StartedOn, r.IsInternal, r.LastActivityOn,
            PartnershipHealth.Assess(new HealthFacts(r.Status, r.LastActivityOn, r.LastVerifiedAt, r.OpenProjects, r.LastYouthActivityOn), today)!,
            Partnership.IsDueForVerification(r.Status, r.LastVerifiedAt, r.LastActivityOn, today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))))];
    }

    /// <summary>The association's target of published best practices per action area.</summary>
    public const int BestPracticeTarget = 2;

    /// <summary>
    /// Association-wide figures over the whole register and the member cities; admins only. Every count is grouped
    /// in SQL; the rankings read one row per member city, never the partnerships themselves.
    /// </summary>
    public async Task<AssociationDashboard?> ForAssociationAsync(Viewer viewer, DashboardPeriod period, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(nowUtc);
        return await cache.GetOrReadAsync($"figures:association:{period.From}-{period.To}:{today.DayNumber}",
            token => ReadAssociationAsync(period, nowUtc, token), cancellationToken);
    }

    private async Task<AssociationDashboard> ReadAssociationAsync(DashboardPeriod period, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        var (first, last) = (new DateOnly(period.From, 1, 1), new DateOnly(period.To, 12, 31));
        var (yearStart, yearEnd) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        var all = db.Partnerships.AsNoTracking();
        var active = all.Where(p => p.Status == PartnershipStatus.Active);
        var members = db.Cities.AsNoTracking().Where(c => c.IsAssociationMember);

        var totals = await all
            .GroupBy(p => 1)
            .Select(g => new
            {
                NewInPeriod = g.Count(p => p.StartedOn >= first && p.StartedOn <= last),
                NewThisYear = g.Count(p => p.StartedOn >= yearStart && p.StartedOn <= yearEnd),
                StartedBefore = g.Count(p => p.StartedOn < first),
                SouthActive = g.Count(p => p.Status == PartnershipStatus.Active && EF.Property<bool>(p, PartnershipConfiguration.InvolvesGlobalSouthColumn)),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var startsPerYear = await all
            .Where(p => p.StartedOn >= first && p.StartedOn <= last)
            .GroupBy(p => p.StartedOn!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var running = totals?.StartedBefore ?? 0;
        var growth = new List<YearGrowth>();
        foreach (var year in period.Years)
        {
            var started = startsPerYear.FirstOrDefault(s => s.Year == year)?.Count ?? 0;
            running += started;
            growth.Add(new YearGrowth(year, started, running));
        }

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.StartsOn >= first && a.StartsOn <= last && all.Any(p => p.Id == a.PartnershipId))
            .GroupBy(a => new { a.StartsOn.Year, a.Kind })
            .Select(g => new { g.Key.Year, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var perYear = period.Years
            .Select(year => new YearActivities(
                year,
                activities.Where(a => a.Year == year).Sum(a => a.Count),
                activities.Where(a => a.Year == year && a.Kind == ActivityKind.IncomingDelegation).Sum(a => a.Count),
                activities.Where(a => a.Year == year && a.Kind == ActivityKind.OutgoingDelegation).Sum(a => a.Count)))
            .ToList();

        var areas = await db.ActionAreas.AsNoTracking()
            .Select(a => new AreaCoverage(
                a.Id,
                a.Name,
                a.GermanName,
                active.Count(p => p.ActionAreas.Any(pa => pa.Id == a.Id)),
                members.Count(c => active.Any(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.ActionAreas.Any(pa => pa.Id == a.Id))),
                db.BestPractices.Count(b => b.ActionAreas.Any(x => x.Id == a.Id) && b.Status == BestPracticeStatus.Published)))
            .ToListAsync(cancellationToken);
        var practices = await db.BestPractices.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var projects = db.Projects.AsNoTracking().Where(j => all.Any(p => p.Id == j.PartnershipId));
        var byStatus = await ByStatusAsync(all, cancellationToken);
        int StatusCount(PartnershipStatus status) => byStatus.FirstOrDefault(c => c.Code == status)?.Value ?? 0;

        return new AssociationDashboard
        {
            Period = period,
            Today = today,
            MemberCities = await members.CountAsync(cancellationToken),
            // Cities that take part in a partnership; the gazetteer's places wait there only to be chosen as partners.
            CitiesWithPartnerships = await all.Select(p => p.CityId).Union(all.Select(p => p.PartnerCityId)).CountAsync(cancellationToken),
            ActivePartnerships = StatusCount(PartnershipStatus.Active),
            DormantPartnerships = StatusCount(PartnershipStatus.Dormant),
            NewInPeriod = totals?.NewInPeriod ?? 0,
            NewThisYear = totals?.NewThisYear ?? 0,
            GlobalSouthPartnerships = totals?.SouthActive ?? 0,
            DueForVerification = await partnerships.CountDueForVerificationAsync(all, nowUtc, cancellationToken),
            // The association's own: a unit recorded for a partner city abroad is not one of its members'.
            Units = await db.InternationalAffairsUnits.CountAsync(u => members.Any(c => c.Id == u.CityId), cancellationToken),
            UnitsWithStrategy = await db.InternationalAffairsUnits
                .CountAsync(u => u.HasAdoptedInternationalStrategy && members.Any(c => c.Id == u.CityId), cancellationToken),
            Users = await db.Users.CountAsync(cancellationToken),
            ByKind = await ByKindAsync(active, cancellationToken),
            ByStatus = byStatus,
            ByWorldRegion = await ByWorldRegionAsync(active, cancellationToken),
            ByActionArea = [.. areas.OrderByDescending(a => a.ActivePartnerships).ThenBy(a => a.Name, StringComparer.Ordinal)],
            BestPractices = [.. Enum.GetValues<BestPracticeStatus>().Select(s => new Count<BestPracticeStatus>(s, practices.FirstOrDefault(p => p.Key == s)?.Count ?? 0))],
            ActivitiesPerYear = perYear,
            Growth = growth,
            ProjectsByStatus = [.. (await projects.GroupBy(p => p.Status).Select(g => new Count<ProjectStatus>(g.Key, g.Count())).ToListAsync(cancellationToken)).OrderBy(c => c.Code)],
            Funding = [.. (await FundingAsync(projects, cancellationToken)).Take(RankingLength)],
            Ranking = await RankingAsync(members, nowUtc, cancellationToken),
        };
    }

    /// <summary>How many cities the rankings show.</summary>
    public const int RankingLength = 10;

    /// <summary>
    /// Member cities by engagement: active partnerships, activities in the last 12 months and projects applied for or
    /// under way, each counted once; plus how many of their records are due for a check (data quality).
    /// </summary>
    private async Task<IReadOnlyList<MemberEngagement>> RankingAsync(IQueryable<City> members, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cutoff = VerificationFacts.Cutoff(nowUtc);
        var cutoffDay = DateOnly.FromDateTime(cutoff);
        var all = db.Partnerships.AsNoTracking();
        var rows = await members
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Region,
                Active = all.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status == PartnershipStatus.Active),
                Ongoing = all.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status != PartnershipStatus.Ended),
                RecentActivities = db.Activities.Count(a => a.StartsOn >= cutoffDay
                    && all.Any(p => p.Id == a.PartnershipId && (p.CityId == c.Id || p.PartnerCityId == c.Id))),
                OpenProjects = db.Projects.Count(j => (j.Status == ProjectStatus.Applied || j.Status == ProjectStatus.Approved)
                    && all.Any(p => p.Id == j.PartnershipId && (p.CityId == c.Id || p.PartnerCityId == c.Id))),
                Due = all.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status != PartnershipStatus.Ended
                    && (p.LastVerifiedAt == null || p.LastVerifiedAt < cutoff)
                    && !db.Activities.Any(a => a.PartnershipId == p.Id && a.StartsOn >= cutoffDay)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MemberEngagement(r.Id, r.Name, r.Region, r.Active, r.RecentActivities, r.OpenProjects, r.Ongoing, r.Due))];
    }

    /// <summary>
    /// Partnerships with a city in each world region, from either end. SQL groups by the pair of countries (a few hundred
    /// rows at most); the countries are then placed in their regions here.
    /// </summary>
    private static async Task<IReadOnlyList<Count<WorldRegion>>> ByWorldRegionAsync(IQueryable<Partnership> partnerships,
        CancellationToken cancellationToken)
    {
        var pairs = await partnerships
            .GroupBy(p => new
            {
                City = EF.Property<string>(p, PartnershipConfiguration.CityCountryColumn),
                Partner = EF.Property<string>(p, PartnershipConfiguration.PartnerCountryColumn),
            })
            .Select(g => new { g.Key.City, g.Key.Partner, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. WorldRegions.All
            .Select(region => new Count<WorldRegion>(region,
                pairs.Where(p => WorldRegions.Of(p.City) == region || WorldRegions.Of(p.Partner) == region).Sum(p => p.Count)))
            .OrderByDescending(c => c.Value)];
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


