namespace CityPartnerships.Domain.Cities;

/// <summary>Where a city has placed its international work (the position paper's "international affairs unit").</summary>
public enum UnitKind
{
    Division,
    Office,
    Department,
    MayorsOffice,
}
