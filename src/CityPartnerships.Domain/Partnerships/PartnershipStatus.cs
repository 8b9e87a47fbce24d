namespace CityPartnerships.Domain.Partnerships;

public enum PartnershipStatus
{
    Proposed,
    Active,
    Dormant,
    Ended,
}
