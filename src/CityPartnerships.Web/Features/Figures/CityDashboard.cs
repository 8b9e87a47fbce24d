using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Features.Figures;

/// <summary>
/// The years a dashboard's trends and "new" figures cover. Unusable values from the URL fall back to the last ten
/// years rather than failing.
/// </summary>
public sealed record DashboardPeriod(int From, int To)
{
    public const int DefaultYears = 10;
    public const int MaxYears = 50;
    public const int EarliestYear = 1900;

    public static DashboardPeriod For(int? from, int? to, int currentYear)
    {
        var end = to is { } t && t >= EarliestYear && t <= currentYear + 5 ? t : currentYear;
        var start = from is { } f && f >= EarliestYear && f <= end && end - f < MaxYears ? f : end - DefaultYears + 1;
        return new DashboardPeriod(start, end);
    }

    public IEnumerable<int> Years => Enumerable.Range(From, To - From + 1);
}

public sealed record CountryCount(string CountryCode, int Value);

public static class WorldRegionCounts
{
    /// <summary>Every world region with the sum of its countries' counts, most first, then in the fixed order of the regions.</summary>
    public static IReadOnlyList<Count<WorldRegion>> Of(IEnumerable<CountryCount> countries)
    {
        var sums = countries.Where(c => WorldRegions.Of(c.CountryCode) is not null)
            .GroupBy(c => WorldRegions.Of(c.CountryCode)!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        return [.. WorldRegions.All.Select(r => new Count<WorldRegion>(r, sums.GetValueOrDefault(r))).OrderByDescending(c => c.Value)];
    }
}

public sealed record YearActivities(int Year, int Activities, int DelegationsHosted, int DelegationsSent);

public sealed record FunderSums(string? Funder, string Currency, decimal Applied, decimal Approved);

public sealed record UpcomingActivity(int PartnershipId, string Title, ActivityKind Kind, DateOnly StartsOn, string? Place, string PartnerName);

public sealed record UpcomingDeadline(int PartnershipId, int ProjectId, string Title, string? Funder, DateOnly Deadline);

/// <summary>One of the city's ongoing partnerships seen from the city: the other end, and how alive the partnership is.</summary>
public sealed record PartnerView(int PartnershipId, int PartnerCityId, string PartnerName, string CountryCode, double? Latitude, double? Longitude,
    PartnershipKind Kind, PartnershipStatus Status, DateOnly? StartedOn, bool IsInternal, DateOnly? LastActivityOn, HealthAssessment Health,
    bool IsDueForVerification)
{
    public int? AnniversaryIn(int year) => Anniversary.In(StartedOn, year);
}

/// <summary>Everything the city dashboard, its CSV export and its charts show; codes, not localized text.</summary>
public sealed record CityDashboard
{
    public int CityId { get; init; }

    public required string CityName { get; init; }

    public required string CountryCode { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public required DashboardPeriod Period { get; init; }

    public DateOnly Today { get; init; }

    public int ActivePartnerships { get; init; }

    public int DormantPartnerships { get; init; }

    public int NewInPeriod { get; init; }

    public int NewThisYear { get; init; }

    /// <summary>Active partnerships per partner country, most first (the same for readers of either language).</summary>
    public required IReadOnlyList<CountryCount> PartnerCountries { get; init; }

    /// <summary>
    /// <see cref="PartnerCountries"/> as a reader sees them: most partnerships first, equal counts by the country's
    /// name in the reader's language ("China, Frankreich, Italien", not by code as "China, Frankreich, Vereinigtes
    /// Königreich, Italien").
    /// </summary>
    public IEnumerable<CountryCount> PartnerCountriesByName()
    {
        var byName = CountryNames.CodesInNameOrder();
        return PartnerCountries.OrderByDescending(c => c.Value).ThenBy(c => Array.IndexOf(byName, c.CountryCode));
    }

    public int GlobalSouthPartnerships { get; init; }

    /// <summary>Active partnerships per world region of the partner (every region, zeros too), most first.</summary>
    public IReadOnlyList<Count<WorldRegion>> PartnerRegions => WorldRegionCounts.Of(PartnerCountries);

    public int DueForVerification { get; init; }

    public int PublishedBestPractices { get; init; }

    public decimal? UnitStaffFte { get; init; }

    public decimal? UnitBudgetEur { get; init; }

    public bool? HasStrategy { get; init; }

    public required IReadOnlyList<Count<PartnershipKind>> ByKind { get; init; }

    public required IReadOnlyList<Count<PartnershipStatus>> ByStatus { get; init; }

    /// <summary>Every action area with the city's active partnerships in it; a zero is a gap.</summary>
    public required IReadOnlyList<AreaCount> ByActionArea { get; init; }

    public required IReadOnlyList<YearActivities> ActivitiesPerYear { get; init; }

    public required IReadOnlyList<Count<ProjectStatus>> ProjectsByStatus { get; init; }

    public required IReadOnlyList<FunderSums> Funding { get; init; }

    public required IReadOnlyList<UpcomingActivity> UpcomingActivities { get; init; }

    public required IReadOnlyList<UpcomingDeadline> UpcomingDeadlines { get; init; }

    /// <summary>The ongoing (not ended) partnerships.</summary>
    public required IReadOnlyList<PartnerView> Partners { get; init; }

    /// <summary>Share of the active partnerships with a Global South partner, in percent.</summary>
    public int GlobalSouthPercent => ActivePartnerships == 0 ? 0 : (int)Math.Round(100.0 * GlobalSouthPartnerships / ActivePartnerships);

    public IEnumerable<AreaCount> Gaps => ByActionArea.Where(a => a.Value == 0);

    /// <summary>Twinnings with a round anniversary this year or next, soonest first.</summary>
    public IEnumerable<(PartnerView Partner, int Year, int Years)> Anniversaries =>
        Partners.Where(p => p.Kind == PartnershipKind.Twinning)
            .SelectMany(p => new[] { Today.Year, Today.Year + 1 }.Select(year => (Partner: p, Year: year, Years: p.AnniversaryIn(year))))
            .Where(a => a.Years is not null)
            .Select(a => (a.Partner, a.Year, a.Years!.Value))
            .OrderBy(a => a.Year).ThenBy(a => a.Partner.StartedOn);

    /// <summary>Records to look at: drifting into dormancy, dormant, or not confirmed for 12 months; weakest first.</summary>
    public IEnumerable<PartnerView> NeedingAttention =>
        Partners.Where(p => p.Health.IsDriftingIntoDormancy || p.Status == PartnershipStatus.Dormant || p.IsDueForVerification)
            .OrderBy(p => p.Health.Score).ThenBy(p => p.PartnerName, StringComparer.CurrentCulture);
}
