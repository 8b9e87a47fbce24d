namespace CityPartnerships.Domain.Capacity;

/// <summary>A dimension's score in words: under 40 % getting started, under 70 % developing, otherwise able to act.</summary>
public enum CapacityLevel
{
    GettingStarted,
    Developing,
    AbleToAct,
}
