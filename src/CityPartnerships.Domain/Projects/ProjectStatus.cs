namespace CityPartnerships.Domain.Projects;

public enum ProjectStatus
{
    Idea,
    Applied,
    Approved,
    Rejected,
    Completed,
}
