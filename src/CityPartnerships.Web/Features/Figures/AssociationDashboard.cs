using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Features.Figures;

public sealed record YearGrowth(int Year, int Started, int Total);

/// <summary>An action area across the association: active partnerships in it, member cities working in it, published best practices.</summary>
public sealed record AreaCoverage(int AreaId, string Name, string? GermanName, int ActivePartnerships, int MemberCities, int PublishedBestPractices)
{
    public string NameIn(string language) => ActionArea.NameIn(Name, GermanName, language);

    public bool MeetsBestPracticeTarget => PublishedBestPractices >= EngagementFigures.BestPracticeTarget;
}

/// <summary>A member city's engagement and the state of its records.</summary>
public sealed record MemberEngagement(int CityId, string Name, string? Region, int ActivePartnerships, int RecentActivities, int OpenProjects,
    int OngoingPartnerships, int DueForVerification)
{
    /// <summary>What the ranking orders by: each active partnership, recent activity and running project counts once.</summary>
    public int Score => ActivePartnerships + RecentActivities + OpenProjects;

    /// <summary>Share of the ongoing records not confirmed for 12 months, in percent.</summary>
    public int StalePercent => OngoingPartnerships == 0 ? 0 : (int)Math.Round(100.0 * DueForVerification / OngoingPartnerships);
}

/// <summary>Everything the association dashboard shows; codes, not localized text.</summary>
public sealed record AssociationDashboard
{
    public required DashboardPeriod Period { get; init; }

    public DateOnly Today { get; init; }

    public int MemberCities { get; init; }

    public int CitiesWithPartnerships { get; init; }

    public int ActivePartnerships { get; init; }

    public int DormantPartnerships { get; init; }

    public int NewInPeriod { get; init; }

    public int NewThisYear { get; init; }

    public int GlobalSouthPartnerships { get; init; }

    public int DueForVerification { get; init; }

    public int Units { get; init; }

    public int UnitsWithStrategy { get; init; }

    public int Users { get; init; }

    public required IReadOnlyList<Count<PartnershipKind>> ByKind { get; init; }

    public required IReadOnlyList<Count<PartnershipStatus>> ByStatus { get; init; }

    /// <summary>
    /// Active partnerships with a city in each world region (every region, zeros too), most first. A partnership between two
    /// regions counts in both, as the register's region filter finds it from either end.
    /// </summary>
    public required IReadOnlyList<Count<WorldRegion>> ByWorldRegion { get; init; }

    public required IReadOnlyList<AreaCoverage> ByActionArea { get; init; }

    public required IReadOnlyList<Count<BestPracticeStatus>> BestPractices { get; init; }

    public required IReadOnlyList<YearActivities> ActivitiesPerYear { get; init; }

    public required IReadOnlyList<YearGrowth> Growth { get; init; }

    public required IReadOnlyList<Count<ProjectStatus>> ProjectsByStatus { get; init; }

    public required IReadOnlyList<FunderSums> Funding { get; init; }

    /// <summary>Every member city, unordered.</summary>
    public required IReadOnlyList<MemberEngagement> Ranking { get; init; }

    public int GlobalSouthPercent => ActivePartnerships == 0 ? 0 : (int)Math.Round(100.0 * GlobalSouthPartnerships / ActivePartnerships);

    public IEnumerable<MemberEngagement> MostEngaged =>
        Ranking.OrderByDescending(m => m.Score).ThenBy(m => m.Name, StringComparer.CurrentCulture).Take(EngagementFigures.RankingLength);

    /// <summary>Member cities whose records most need a check, by share and then number of stale records.</summary>
    public IEnumerable<MemberEngagement> Stalest =>
        Ranking.Where(m => m.DueForVerification > 0)
            .OrderByDescending(m => m.StalePercent).ThenByDescending(m => m.DueForVerification).ThenBy(m => m.Name, StringComparer.CurrentCulture)
            .Take(EngagementFigures.RankingLength);
}
