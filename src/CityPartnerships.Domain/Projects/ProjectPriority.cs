namespace CityPartnerships.Domain.Projects;

public enum PriorityReason
{
    /// <summary>Rejected or completed: nothing left to push.</summary>
    Closed,
    FitsCityActionAreas,
    FundingSecured,
    FundingApplied,
    PartnerCommitmentHigh,
    PartnerCommitmentMedium,
    PartnerCommitmentLow,
    ApplicationDeadlineSoon,
}

public sealed record PriorityAssessment(int Score, IReadOnlyList<PriorityReason> Reasons);

/// <summary>
/// A simple score (0–100) of which projects staff should push first, with the reasons behind it, so the number is
/// never a black box: fit with the city's own action areas (40), funding (35 secured / 15 applied for), partner
/// commitment (25 / 15 / 5), and an application deadline in the next 30 days (10).
/// </summary>
public static class ProjectPriority
{
    public const int DeadlineSoonDays = 30;

    public static PriorityAssessment Assess(ProjectStatus status, PartnerCommitment commitment, IEnumerable<int> projectAreaIds,
        IEnumerable<int> cityFocusAreaIds, DateOnly? applicationDeadline, DateOnly today)
    {
        if (status is ProjectStatus.Rejected or ProjectStatus.Completed)
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
            Add(40, PriorityReason.FitsCityActionAreas);
        }

        if (status == ProjectStatus.Approved)
        {
            Add(35, PriorityReason.FundingSecured);
        }
        else if (status == ProjectStatus.Applied)
        {
            Add(15, PriorityReason.FundingApplied);
        }

        switch (commitment)
        {
            case PartnerCommitment.High:
                Add(25, PriorityReason.PartnerCommitmentHigh);
                break;
            case PartnerCommitment.Medium:
                Add(15, PriorityReason.PartnerCommitmentMedium);
                break;
            case PartnerCommitment.Low:
                Add(5, PriorityReason.PartnerCommitmentLow);
                break;
        }

        if (status == ProjectStatus.Idea && applicationDeadline is { } deadline
            && deadline >= today && deadline <= today.AddDays(DeadlineSoonDays))
        {
            Add(10, PriorityReason.ApplicationDeadlineSoon);
        }

        return new PriorityAssessment(Math.Min(100, score), reasons);
    }
}
