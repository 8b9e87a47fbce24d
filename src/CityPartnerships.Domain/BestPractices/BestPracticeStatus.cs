namespace CityPartnerships.Domain.BestPractices;

public enum BestPracticeStatus
{
    Draft,
    Submitted,
    Published,
}
