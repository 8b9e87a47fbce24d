using System.Linq.Expressions;
using System.Security.Claims;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Authorization;

/// <summary>
/// Who may read and change partnerships. Everyone signed in reads records that are not internal; internal records
/// only the two cities' users and admins. Staff change records that involve their own city; admins change all;
/// mayors' offices never change anything.
/// </summary>
public sealed record PartnershipAccess(int? CityId, bool IsAdmin, bool IsStaff)
{
    public static PartnershipAccess For(ClaimsPrincipal user) => new(
        user.GetCityId(),
        user.IsInRole(Roles.AssociationAdmin),
        user.IsInRole(Roles.InternationalAffairsStaff));

    public Expression<Func<Partnership, bool>> Readable()
    {
        if (IsAdmin)
        {
            return p => true;
        }

        var cityId = CityId ?? -1;
        return p => !p.IsInternal || p.CityId == cityId || p.PartnerCityId == cityId;
    }

    public bool CanRead(int cityId, int partnerCityId, bool isInternal) =>
        IsAdmin || !isInternal || Involves(cityId, partnerCityId);

    public bool CanChange(int cityId, int partnerCityId) => IsAdmin || (IsStaff && Involves(cityId, partnerCityId));

    /// <summary>Contacts are personal data: only the two cities' users and admins see them, whatever the record's status.</summary>
    public bool CanSeeContacts(int cityId, int partnerCityId) => IsAdmin || Involves(cityId, partnerCityId);

    /// <summary>Only staff log new partnerships, and only for their own city.</summary>
    public bool CanCreate => IsStaff && CityId is not null;

    private bool Involves(int cityId, int partnerCityId) => CityId is { } own && (own == cityId || own == partnerCityId);
}
