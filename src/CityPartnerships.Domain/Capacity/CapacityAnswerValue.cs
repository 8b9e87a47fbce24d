namespace CityPartnerships.Domain.Capacity;

/// <summary>How far a statement of the self-assessment holds for the city; the number is the points it earns.</summary>
public enum CapacityAnswerValue
{
    No = 0,
    Partly = 1,
    Yes = 2,
}
