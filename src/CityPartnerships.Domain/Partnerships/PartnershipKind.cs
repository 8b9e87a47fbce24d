namespace CityPartnerships.Domain.Partnerships;

public enum PartnershipKind
{
    /// <summary>A formal partnership or twinning, usually sealed by a council decision.</summary>
    Twinning,
    Friendship,
    Contact,
    ProjectPartnership,
}
