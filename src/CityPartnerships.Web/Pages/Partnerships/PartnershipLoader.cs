using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>Loads a partnership for a change, or says why the user gets none (not found, or not allowed).</summary>
internal static class PartnershipLoader
{
    public static async Task<(Partnership? Partnership, bool Forbidden)> ForChangeAsync(AppDbContext db, int id,
        PartnershipAccess access, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Include(p => p.ActionAreas).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null || !access.CanRead(partnership.CityId, partnership.PartnerCityId, partnership.IsInternal))
        {
            // An internal record of other cities is not even confirmed to exist.
            return (null, false);
        }

        return access.CanChange(partnership.CityId, partnership.PartnerCityId) ? (partnership, false) : (null, true);
    }

    /// <summary>The other partnerships between the same two cities, for the one-active-partnership-per-kind rule.</summary>
    public static Task<List<Partnership>> BetweenSamePairAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken) =>
        BetweenAsync(db, partnership.CityId, partnership.PartnerCityId, cancellationToken);

    public static Task<List<Partnership>> BetweenAsync(AppDbContext db, int cityId, int partnerCityId, CancellationToken cancellationToken) =>
        db.Partnerships
            .Where(p => (p.CityId == cityId && p.PartnerCityId == partnerCityId) || (p.CityId == partnerCityId && p.PartnerCityId == cityId))
            .ToListAsync(cancellationToken);
}
