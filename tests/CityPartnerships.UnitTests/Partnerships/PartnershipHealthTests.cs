using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Partnerships;

public class PartnershipHealthTests
{
    private static readonly DateOnly _today = new(2026, 6, 15);

    private static HealthAssessment Assess(PartnershipStatus status = PartnershipStatus.Active, DateOnly? lastActivity = null,
        DateTime? verified = null, int openProjects = 0, DateOnly? youth = null) =>
        PartnershipHealth.Assess(new HealthFacts(status, lastActivity, verified, openProjects, youth), _today)!;

    [Fact]
    public void A_twinning_with_nothing_recorded_scores_zero_and_drifts_into_dormancy()
    {
        var result = Assess();

        Assert.Equal(0, result.Score);
        Assert.Equal(HealthLevel.Drifting, result.Level);
        Assert.True(result.IsDriftingIntoDormancy);
        Assert.Equal([HealthReason.NoRecentActivity, HealthReason.NotVerified, HealthReason.NoProject, HealthReason.NoYouthExchange], result.Reasons);
    }

    [Fact]
    public void Everything_recent_scores_full_marks()
    {
        var result = Assess(lastActivity: _today.AddDays(-10), verified: new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), openProjects: 1,
            youth: new DateOnly(2024, 7, 1));

        Assert.Equal(100, result.Score);
        Assert.Equal(HealthLevel.Healthy, result.Level);
        Assert.False(result.IsDriftingIntoDormancy);
        Assert.Equal([HealthReason.ActiveThisYear, HealthReason.Verified, HealthReason.RunningProject, HealthReason.YouthInvolved], result.Reasons);
    }

    [Fact]
    public void Activity_one_to_two_years_ago_counts_half()
    {
        var result = Assess(lastActivity: new DateOnly(2025, 1, 10));

        Assert.Equal(20, result.Score);
        Assert.Contains(HealthReason.ActiveLastTwoYears, result.Reasons);
    }

    [Fact]
    public void A_confirmation_older_than_twelve_months_does_not_count()
    {
        var result = Assess(lastActivity: _today, verified: new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(40, result.Score);
        Assert.Contains(HealthReason.NotVerified, result.Reasons);
        Assert.Equal(HealthLevel.AtRisk, result.Level);
    }

    [Fact]
    public void Youth_exchange_more_than_three_years_ago_no_longer_counts()
    {
        var result = Assess(youth: new DateOnly(2023, 6, 1));

        Assert.Contains(HealthReason.NoYouthExchange, result.Reasons);
    }

    [Fact]
    public void A_dormant_partnership_with_a_low_score_is_not_flagged_as_drifting_it_already_sleeps()
    {
        var result = Assess(PartnershipStatus.Dormant);

        Assert.Equal(HealthLevel.Drifting, result.Level);
        Assert.False(result.IsDriftingIntoDormancy);
    }

    [Fact]
    public void Ended_partnerships_are_not_scored() =>
        Assert.Null(PartnershipHealth.Assess(new HealthFacts(PartnershipStatus.Ended, null, null, 0, null), _today));

    [Theory]
    [InlineData(2001, 25)]
    [InlineData(1976, 50)]
    [InlineData(1951, 75)]
    public void Round_anniversaries_are_found(int startYear, int years) =>
        Assert.Equal(years, Anniversary.In(new DateOnly(startYear, 5, 1), 2026));

    [Fact]
    public void Other_years_and_unknown_starts_have_no_anniversary()
    {
        Assert.Null(Anniversary.In(new DateOnly(2000, 5, 1), 2026));
        Assert.Null(Anniversary.In(null, 2026));
    }
}
