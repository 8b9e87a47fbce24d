using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>Loads a partnership for a change, or says why the user gets none (not found, or not allowed).</summary>
internal static class PartnershipLoader
{
    /// <param name="db"></param>

    /// <param name="id"></param>
    /// <param name="access"></param>
    /// <param name="cancellationToken"></param>    /// <param name="withActionAreas">Also load its action areas, for a page that changes them.</param>
    public static async Task<(Partnership? Partnership, bool Forbidden)> ForChangeAsync(AppDbContext db, int id,
        PartnershipAccess access, CancellationToken cancellationToken, bool withActionAreas = false)
    {
        IQueryable<Partnership> partnerships = withActionAreas ? db.Partnerships.Include(p => p.ActionAreas) : db.Partnerships;
        var partnership = await partnerships.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null || !access.CanRead(partnership.CityId, partnership.PartnerCityId, partnership.IsInternal))
        {
            // An internal record of other cities is not even confirmed to exist.
            return (null, false);
        }

        return access.CanChange(partnership.CityId, partnership.PartnerCityId) ? (partnership, false) : (null, true);
    }

    /// <summary>
    /// Loads a record of a partnership (activity, project, contact, document) for a change: the user must be allowed to
    /// change the partnership, and the record must belong to it — an id of another partnership's record typed into the
    /// address is not found. <paramref name="records"/> carries what to include.
    /// </summary>
    public static async Task<(Partnership? Partnership, T? Record, bool Forbidden)> RecordForChangeAsync<T>(AppDbContext db,
        IQueryable<T> records, int partnershipId, int id, PartnershipAccess access, CancellationToken cancellationToken)
        where T : class
    {
        var (partnership, forbidden) = await ForChangeAsync(db, partnershipId, access, cancellationToken);
        if (partnership is null)
        {
            return (null, null, forbidden);
        }

        var record = await records.SingleOrDefaultAsync(
            r => EF.Property<int>(r, "Id") == id && EF.Property<int>(r, "PartnershipId") == partnershipId, cancellationToken);
        return record is null ? (null, null, false) : (partnership, record, false);
    }

    /// <summary>"Düsseldorf – Toulouse", for page leads and breadcrumbs.</summary>
    public static async Task<string> TitleAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken)
    {
        var names = await db.Cities.AsNoTracking()
            .Where(c => c.Id == partnership.CityId || c.Id == partnership.PartnerCityId)
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return $"{names[partnership.CityId]} – {names[partnership.PartnerCityId]}";
    }

    /// <summary>The other partnerships between the same two cities, for the one-active-partnership-per-kind rule.</summary>
    public static Task<List<Partnership>> BetweenSamePairAsync(AppDbContext db, Partnership partnership, CancellationToken cancellationToken) =>
        BetweenAsync(db, partnership.CityId, partnership.PartnerCityId, cancellationToken);

    public static Task<List<Partnership>> BetweenAsync(AppDbContext db, int cityId, int partnerCityId, CancellationToken cancellationToken) =>
        db.Partnerships
            .Where(p => (p.CityId == cityId && p.PartnerCityId == partnerCityId) || (p.CityId == partnerCityId && p.PartnerCityId == cityId))
            .ToListAsync(cancellationToken);
}
