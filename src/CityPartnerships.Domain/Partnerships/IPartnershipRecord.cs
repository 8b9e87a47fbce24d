namespace CityPartnerships.Domain.Partnerships;

/// <summary>A record kept on a partnership (activity, project, contact, document): it belongs to that partnership for good.</summary>
public interface IPartnershipRecord
{
    int Id { get; }

    int PartnershipId { get; }
}
