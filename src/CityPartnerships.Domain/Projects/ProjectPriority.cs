namespace CityPartnerships.Domain.Projects;

public enum PriorityReason
{
    /// <summary>Rejected or completed: nothing left to push.</summary>
    Closed,
    FitsCityActionAreas,
    FundingToApplyFor,
    ApplicationDeadlineSoon,
    FundingApplied,

    /// <summary>Approved: the money is there, so there is little left to push; shown so the low rank is explained.</summary>
    FundingSecured,
    PartnerCommitmentHigh,
    PartnerCommitmentMedium,
    PartnerCommitmentLow,
}

public sealed record PriorityAssessment(int Score, IReadOnlyList<PriorityReason> Reasons);

/// <summary>
/// A simple score (0–100) of which projects still need pushing most, with the reasons behind it, so the number is
/// never a black box. What pays off: fit with the city's own action areas (35), funding still to be won (an idea: 30,
/// plus 15 when its application deadline is within 30 days; applied for and awaiting the decision: 15; already
/// approved: 0), and partner commitment (20 / 10 / 5), since a committed partner makes the push worth it. So a
/// fitting idea outranks an approved project with the same fit: the money for that one is already there.
/// </summary>
public static class ProjectPriority
{
    public static PriorityAssessment Assess(ProjectStatus status, PartnerCommitment commitment, IEnumerable<int> projectAreaIds,
        IEnumerable<int> cityFocusAreaIds, DateOnly? applicationDeadline, DateOnly today)
    {
        if (!Project.IsOpenIn(status))
        {
            return new PriorityAssessment(0, [PriorityReason.Closed]);
        }

        var score = 0;
        var reasons = new List<PriorityReason>();
        void Add(int points, PriorityReason reason)
        {
            score += points;
            reasons.Add(reason);
        }

        if (projectAreaIds.Intersect(cityFocusAreaIds).Any())
        {
            Add(35, PriorityReason.FitsCityActionAreas);
        }

        switch (status)
        {
            case ProjectStatus.Idea:
                Add(30, PriorityReason.FundingToApplyFor);
                if (Project.IsDeadlineSoon(status, applicationDeadline, today))
                {
                    Add(15, PriorityReason.ApplicationDeadlineSoon);
                }

                break;
            case ProjectStatus.Applied:
                Add(15, PriorityReason.FundingApplied);
                break;
            case ProjectStatus.Approved:
                Add(0, PriorityReason.FundingSecured);
                break;
        }

        switch (commitment)
        {
            case PartnerCommitment.High:
                Add(20, PriorityReason.PartnerCommitmentHigh);
                break;
            case PartnerCommitment.Medium:
                Add(10, PriorityReason.PartnerCommitmentMedium);
                break;
            case PartnerCommitment.Low:
                Add(5, PriorityReason.PartnerCommitmentLow);
                break;
        }

        return new PriorityAssessment(Math.Min(100, score), reasons);
    }
}
