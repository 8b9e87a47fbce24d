namespace CityPartnerships.Domain.Projects;

/// <summary>How firmly the partner city has committed to the project, as staff judge it.</summary>
public enum PartnerCommitment
{
    Unknown,
    Low,
    Medium,
    High,
}
