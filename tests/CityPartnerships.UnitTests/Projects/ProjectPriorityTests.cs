using CityPartnerships.Domain.Projects;

namespace CityPartnerships.UnitTests.Projects;

public class ProjectPriorityTests
{
    private const int Climate = 1;
    private const int Health = 2;
    private const int Migration = 3;

    private static readonly DateOnly _today = new(2026, 6, 15);

    private static PriorityAssessment Assess(ProjectStatus status = ProjectStatus.Idea, PartnerCommitment commitment = PartnerCommitment.Unknown,
        int[]? projectAreas = null, int[]? cityFocus = null, DateOnly? deadline = null) =>
        ProjectPriority.Assess(status, commitment, projectAreas ?? [], cityFocus ?? [], deadline, _today);

    [Fact]
    public void An_idea_with_nothing_else_in_its_favour_scores_only_its_funding_still_to_apply_for()
    {
        var result = Assess(projectAreas: [Health], cityFocus: [Climate]);

        Assert.Equal(30, result.Score);
        Assert.Equal([PriorityReason.FundingToApplyFor], result.Reasons);
    }

    [Fact]
    public void Fitting_one_of_the_citys_action_areas_counts_35()
    {
        var result = Assess(ProjectStatus.Approved, projectAreas: [Health, Climate], cityFocus: [Climate, Migration]);

        Assert.Equal(35, result.Score);
        Assert.Equal([PriorityReason.FitsCityActionAreas, PriorityReason.FundingSecured], result.Reasons);
    }

    [Fact]
    public void Fitting_several_action_areas_counts_only_once()
    {
        var result = Assess(ProjectStatus.Approved, projectAreas: [Climate, Health, Migration], cityFocus: [Climate, Health, Migration]);

        Assert.Equal(35, result.Score);
    }

    [Theory]
    [InlineData(new int[0], new[] { Climate })]
    [InlineData(new[] { Climate }, new int[0])]
    public void Without_project_areas_or_city_focus_there_is_no_fit(int[] projectAreas, int[] cityFocus)
    {
        var result = Assess(ProjectStatus.Approved, projectAreas: projectAreas, cityFocus: cityFocus);

        Assert.DoesNotContain(PriorityReason.FitsCityActionAreas, result.Reasons);
        Assert.Equal(0, result.Score);
    }

    [Theory]
    [InlineData(ProjectStatus.Idea, 30, PriorityReason.FundingToApplyFor)]
    [InlineData(ProjectStatus.Applied, 15, PriorityReason.FundingApplied)]
    [InlineData(ProjectStatus.Approved, 0, PriorityReason.FundingSecured)]
    public void Funding_still_to_win_counts_more_than_funding_already_secured(ProjectStatus status, int points, PriorityReason reason)
    {
        var result = Assess(status);

        Assert.Equal(points, result.Score);
        Assert.Equal([reason], result.Reasons);
    }

    [Fact]
    public void A_fitting_idea_outranks_an_approved_project_of_the_same_fit_even_with_a_committed_partner()
    {
        var approved = Assess(ProjectStatus.Approved, PartnerCommitment.High, [Climate], [Climate]);
        var idea = Assess(ProjectStatus.Idea, PartnerCommitment.Unknown, [Climate], [Climate]);

        Assert.True(idea.Score > approved.Score, $"idea {idea.Score} should outrank approved {approved.Score}");
    }

    [Fact]
    public void An_approved_and_funded_project_ranks_below_one_that_still_needs_its_funding()
    {
        var approved = Assess(ProjectStatus.Approved, PartnerCommitment.High, [Climate], [Climate]);
        var applied = Assess(ProjectStatus.Applied, PartnerCommitment.High, [Climate], [Climate]);
        var idea = Assess(ProjectStatus.Idea, PartnerCommitment.High, [Climate], [Climate]);

        Assert.True(idea.Score > applied.Score, $"idea {idea.Score} should outrank applied {applied.Score}");
        Assert.True(applied.Score > approved.Score, $"applied {applied.Score} should outrank approved {approved.Score}");
    }

    [Theory]
    [InlineData(PartnerCommitment.High, 20, PriorityReason.PartnerCommitmentHigh)]
    [InlineData(PartnerCommitment.Medium, 10, PriorityReason.PartnerCommitmentMedium)]
    [InlineData(PartnerCommitment.Low, 5, PriorityReason.PartnerCommitmentLow)]
    public void Partner_commitment_counts_20_10_or_5(PartnerCommitment commitment, int points, PriorityReason reason)
    {
        var result = Assess(ProjectStatus.Approved, commitment: commitment);

        Assert.Equal(points, result.Score);
        Assert.Equal([PriorityReason.FundingSecured, reason], result.Reasons);
    }

    [Fact]
    public void Unknown_partner_commitment_counts_nothing()
    {
        Assert.Equal([PriorityReason.FundingSecured], Assess(ProjectStatus.Approved, commitment: PartnerCommitment.Unknown).Reasons);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    public void An_ideas_application_deadline_from_today_to_30_days_ahead_counts_15_more(int daysAhead)
    {
        var result = Assess(deadline: _today.AddDays(daysAhead));

        Assert.Equal(45, result.Score);
        Assert.Equal([PriorityReason.FundingToApplyFor, PriorityReason.ApplicationDeadlineSoon], result.Reasons);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(365)]
    [InlineData(-1)]
    [InlineData(-30)]
    public void A_deadline_further_ahead_or_already_past_counts_nothing(int daysAhead)
    {
        var result = Assess(deadline: _today.AddDays(daysAhead));

        Assert.Equal(30, result.Score);
        Assert.DoesNotContain(PriorityReason.ApplicationDeadlineSoon, result.Reasons);
    }

    [Theory]
    [InlineData(ProjectStatus.Applied)]
    [InlineData(ProjectStatus.Approved)]
    public void A_close_deadline_counts_only_while_the_project_is_still_an_idea(ProjectStatus status)
    {
        var result = Assess(status, deadline: _today.AddDays(5));

        Assert.DoesNotContain(PriorityReason.ApplicationDeadlineSoon, result.Reasons);
    }

    [Theory]
    [InlineData(ProjectStatus.Rejected)]
    [InlineData(ProjectStatus.Completed)]
    public void Closed_projects_score_zero_whatever_else_is_in_their_favour(ProjectStatus status)
    {
        var result = Assess(status, PartnerCommitment.High, [Climate], [Climate], _today.AddDays(3));

        Assert.Equal(0, result.Score);
        Assert.Equal([PriorityReason.Closed], result.Reasons);
    }

    [Fact]
    public void Reasons_add_up_in_a_fixed_order()
    {
        var result = Assess(ProjectStatus.Idea, PartnerCommitment.Medium, [Climate], [Climate], _today.AddDays(30));

        Assert.Equal(90, result.Score);
        Assert.Equal(
            [PriorityReason.FitsCityActionAreas, PriorityReason.FundingToApplyFor, PriorityReason.ApplicationDeadlineSoon,
                PriorityReason.PartnerCommitmentMedium],
            result.Reasons);
    }

    [Fact]
    public void Everything_in_favour_scores_the_maximum_of_100()
    {
        var result = Assess(ProjectStatus.Idea, PartnerCommitment.High, [Climate], [Climate], _today.AddDays(1));

        Assert.Equal(100, result.Score);
        Assert.Equal(
            [PriorityReason.FitsCityActionAreas, PriorityReason.FundingToApplyFor, PriorityReason.ApplicationDeadlineSoon,
                PriorityReason.PartnerCommitmentHigh],
            result.Reasons);
    }

    public static TheoryData<ProjectStatus, PartnerCommitment, bool, int?> Combinations()
    {
        var data = new TheoryData<ProjectStatus, PartnerCommitment, bool, int?>();
        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            foreach (var commitment in Enum.GetValues<PartnerCommitment>())
            {
                foreach (var fits in new[] { true, false })
                {
                    foreach (var daysAhead in new int?[] { null, -1, 0, 30, 31 })
                    {
                        data.Add(status, commitment, fits, daysAhead);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_score_stays_between_0_and_100(ProjectStatus status, PartnerCommitment commitment, bool fits, int? daysAhead)
    {
        var result = Assess(status, commitment, [Climate], fits ? [Climate] : [Health], daysAhead is { } days ? _today.AddDays(days) : null);

        Assert.InRange(result.Score, 0, 100);
    }
}
