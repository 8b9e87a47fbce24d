namespace CityPartnerships.Domain.BestPractices;

public enum BestPracticeStatus
{
    Draft,
    Submitted,

    /// <summary>An admin reviewed it and asked the city for changes; the city edits and submits again.</summary>
    ChangesRequested,
    Published,
}
