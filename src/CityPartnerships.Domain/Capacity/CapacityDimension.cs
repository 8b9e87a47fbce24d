namespace CityPartnerships.Domain.Capacity;

/// <summary>The three conditions of the position paper: a city must be able to act financially, administratively and politically.</summary>
public enum CapacityDimension
{
    Financial,
    Administrative,
    Political,
}
