namespace CityPartnerships.Domain.Partnerships;

/// <summary>What raised or lowered a partnership's health score; pages show each as a sentence.</summary>
public enum HealthReason
{
    ActiveThisYear,
    ActiveLastTwoYears,
    NoRecentActivity,
    Verified,
    NotVerified,
    RunningProject,
    NoProject,
    YouthInvolved,
    NoYouthExchange,
}

public enum HealthLevel
{
    /// <summary>Below 40 points: a partnership on paper drifting into dormancy.</summary>
    Drifting,
    AtRisk,
    Healthy,
}

public sealed record HealthAssessment(int Score, HealthLevel Level, IReadOnlyList<HealthReason> Reasons)
{
    /// <summary>Proposed or active on paper, but the score says nothing much happens: the mayor's office should know.</summary>
    public bool IsDriftingIntoDormancy { get; init; }
}

/// <summary>
/// The facts a health score is computed from, read in SQL per partnership (no activities or projects loaded).
/// </summary>
public sealed record HealthFacts(PartnershipStatus Status, DateOnly? LastActivityOn, DateTime? LastVerifiedAt, int OpenProjects,
    DateOnly? LastYouthActivityOn);

/// <summary>
/// A simple 0–100 score of how alive a partnership is, with its reasons, so it is never a black box. Recent activity
/// counts most, as it is what a partnership is (within 12 months: 40; within 24 months: 20); a record confirmed in the
/// last 12 months (20), a running project (20) and youth involvement in the last three years (20; youth exchanges
/// carry twinnings into the next generation) make up the rest. Ended partnerships are not scored.
/// </summary>
public static class PartnershipHealth
{
    public const int DriftingBelow = 40;
    public const int HealthyFrom = 70;
    public const int YouthYears = 3;

    public static HealthAssessment? Assess(HealthFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Status == PartnershipStatus.Ended)
        {
            return null;
        }

        var score = 0;
        var reasons = new List<HealthReason>();
        void Add(int points, HealthReason reason)
        {
            score += points;
            reasons.Add(reason);
        }

        if (facts.LastActivityOn is { } last && last > today.AddMonths(-12))
        {
            Add(40, HealthReason.ActiveThisYear);
        }
        else if (facts.LastActivityOn is { } earlier && earlier > today.AddMonths(-24))
        {
            Add(20, HealthReason.ActiveLastTwoYears);
        }
        else
        {
            Add(0, HealthReason.NoRecentActivity);
        }

        var cutoff = VerificationFacts.Cutoff(today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        Add(facts.LastVerifiedAt is { } verified && verified >= cutoff ? 20 : 0,
            facts.LastVerifiedAt is { } v && v >= cutoff ? HealthReason.Verified : HealthReason.NotVerified);
        Add(facts.OpenProjects > 0 ? 20 : 0, facts.OpenProjects > 0 ? HealthReason.RunningProject : HealthReason.NoProject);
        var youth = facts.LastYouthActivityOn is { } youthOn && youthOn > today.AddYears(-YouthYears);
        Add(youth ? 20 : 0, youth ? HealthReason.YouthInvolved : HealthReason.NoYouthExchange);

        var level = score < DriftingBelow ? HealthLevel.Drifting : score < HealthyFrom ? HealthLevel.AtRisk : HealthLevel.Healthy;
        return new HealthAssessment(score, level, reasons)
        {
            IsDriftingIntoDormancy = level == HealthLevel.Drifting && facts.Status is PartnershipStatus.Active or PartnershipStatus.Proposed,
        };
    }
}

/// <summary>The round anniversaries of a partnership that mayors' offices plan receptions and delegations around.</summary>
public static class Anniversary
{
    public static IReadOnlyList<int> RoundYears { get; } = [25, 50, 75, 100];

    /// <summary>The round anniversary a partnership started on <paramref name="startedOn"/> celebrates in <paramref name="year"/>, if any.</summary>
    public static int? In(DateOnly? startedOn, int year) =>
        startedOn is { } start && RoundYears.Contains(year - start.Year) ? year - start.Year : null;

    /// <summary>The start years whose partnerships have a round anniversary in <paramref name="year"/>, for queries.</summary>
    public static IReadOnlyList<int> StartYearsCelebratingIn(int year) => [.. RoundYears.Select(y => year - y)];
}
