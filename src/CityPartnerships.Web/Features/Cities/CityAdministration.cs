using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Auditing;

namespace CityPartnerships.Web.Features.Cities;

/// <summary>What a merge would move, and what stops it: shown before the admin confirms, checked again when they do.</summary>
public sealed record MergePlanView(
    int DuplicateId,
    string DuplicateName,
    int TargetId,
    string TargetName,
    int Partnerships,
    int OtherReferences,
    IReadOnlyList<MergeConflictView> Conflicts,
    IReadOnlyList<string> Obstacles)
{
    public bool CanMerge => Conflicts.Count == 0 && Obstacles.Count == 0;
}

/// <summary>A partnership that cannot follow the duplicate, with the record it would duplicate.</summary>
public sealed record MergeConflictView(MergeConflictKind Kind, int PartnershipId, string PartnerName, PartnershipKind PartnershipKind,
    PartnershipStatus Status, bool IsDeleted, int? ExistingId);

/// <summary>
/// The admins' changes to the shared gazetteer that touch more than the city itself: merging a duplicate added by hand
/// into the place it stands for (every record that names it follows), and deleting a city nobody uses. Callers are
/// association admins (the /Admin folder's policy).
/// </summary>
public sealed class CityAdministration(AppDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    /// <summary>Obstacle codes, shown as "CityAdmin.Obstacle.{code}".</summary>
    public const string BothHaveUnits = "BothHaveUnits";
    public const string SameAdoption = "SameAdoption";

    /// <summary>Null when either city does not exist.</summary>
    public async Task<MergePlanView?> PlanMergeAsync(int duplicateId, int targetId, CancellationToken cancellationToken)
    {
        var cities = await db.Cities.AsNoTracking().Where(c => c.Id == duplicateId || c.Id == targetId)
            .Select(c => new { c.Id, Name = c.NameIn(PortalCultures.Language), c.GeoNameId }).ToListAsync(cancellationToken);
        var duplicate = cities.SingleOrDefault(c => c.Id == duplicateId);
        var target = cities.SingleOrDefault(c => c.Id == targetId);
        if (duplicate is null || target is null)
        {
            return null;
        }

        var obstacles = new List<string>();
        if (duplicate.GeoNameId is not null)
        {
            obstacles.Add(ErrorCodes.City.NotAddedByHand);
        }

        if (duplicateId == targetId)
        {
            obstacles.Add(ErrorCodes.City.MergeIntoItself);
        }

        var all = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CityId == duplicateId || p.PartnerCityId == duplicateId || p.CityId == targetId || p.PartnerCityId == targetId)
            .Select(p => new { p.Id, p.CityId, p.PartnerCityId, p.Kind, p.Status, p.DeletedAt })
            .ToListAsync(cancellationToken);
        var ofDuplicate = all.Where(p => p.CityId == duplicateId || p.PartnerCityId == duplicateId)
            .Select(p => new MergePartnership(p.Id, p.CityId, p.PartnerCityId, p.Kind, p.DeletedAt != null)).ToList();
        var ofTarget = all.Where(p => (p.CityId == targetId || p.PartnerCityId == targetId) && !ofDuplicate.Any(d => d.Id == p.Id))
            .Select(p => new MergePartnership(p.Id, p.CityId, p.PartnerCityId, p.Kind, p.DeletedAt != null)).ToList();
        var conflicts = duplicateId == targetId ? [] : CityMerge.Conflicts(duplicateId, targetId, ofDuplicate, ofTarget);

        var partnerIds = ofDuplicate.Select(p => p.OtherThan(duplicateId)).Distinct().ToList();
        var partnerNames = await db.Cities.AsNoTracking().Where(c => partnerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.NameIn(PortalCultures.Language), cancellationToken);
        var conflictViews = conflicts.Select(conflict =>
        {
            var partnership = all.Single(p => p.Id == conflict.PartnershipId);
            var partnerId = partnership.CityId == duplicateId ? partnership.PartnerCityId : partnership.CityId;
            return new MergeConflictView(conflict.Kind, conflict.PartnershipId, partnerNames.GetValueOrDefault(partnerId, "?"),
                partnership.Kind, partnership.Status, partnership.DeletedAt != null, conflict.ExistingId);
        }).ToList();

        if (await db.InternationalAffairsUnits.CountAsync(u => u.CityId == duplicateId || u.CityId == targetId, cancellationToken) > 1)
        {
            obstacles.Add(BothHaveUnits);
        }

        if (await db.BestPracticeAdoptions.Where(a => a.CityId == duplicateId)
                .AnyAsync(a => db.BestPracticeAdoptions.Any(b => b.CityId == targetId && b.BestPracticeId == a.BestPracticeId), cancellationToken))
        {
            obstacles.Add(SameAdoption);
        }

        var otherReferences = await OtherReferencesAsync(duplicateId, cancellationToken);
        return new MergePlanView(duplicateId, duplicate.Name, targetId, target.Name, ofDuplicate.Count, otherReferences, conflictViews, obstacles);
    }

    /// <summary>
    /// Moves every record of the duplicate to the target and deletes the duplicate, in one transaction, after checking the
    /// plan again. Null when either city is gone; otherwise the plan, which says whether the merge happened.
    /// </summary>
    public async Task<(MergePlanView? Plan, bool Merged)> MergeAsync(int duplicateId, int targetId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var plan = await PlanMergeAsync(duplicateId, targetId, cancellationToken);
        if (plan is null || !plan.CanMerge)
        {
            return (plan, false);
        }

        var duplicate = await db.Cities.Include(c => c.Networks).SingleAsync(c => c.Id == duplicateId, cancellationToken);
        var target = await db.Cities.Include(c => c.Networks).SingleAsync(c => c.Id == targetId, cancellationToken);
        var moved = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CityId == duplicateId || p.PartnerCityId == duplicateId)
            .Select(p => new { p.Id, Field = p.CityId == duplicateId ? nameof(Partnership.CityId) : nameof(Partnership.PartnerCityId) })
            .ToListAsync(cancellationToken);

        await db.Partnerships.IgnoreQueryFilters().Where(p => p.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CityId, targetId), cancellationToken);
        await db.Partnerships.IgnoreQueryFilters().Where(p => p.PartnerCityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PartnerCityId, targetId), cancellationToken);
        await db.Contacts.Where(c => c.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CityId, targetId), cancellationToken);
        await db.BestPractices.Where(b => b.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.CityId, targetId), cancellationToken);
        await db.BestPracticeAdoptions.Where(a => a.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CityId, targetId), cancellationToken);
        await db.InternationalAffairsUnits.Where(u => u.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CityId, targetId), cancellationToken);
        await db.Users.Where(u => u.CityId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.CityId, targetId), cancellationToken);
        // The duplicate's history stays readable from the place it became.
        var duplicateKey = Key(duplicateId);
        await db.AuditEntries.Where(a => a.ScopeType == AuditedTypes.City && a.ScopeId == duplicateKey)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ScopeId, Key(targetId)), cancellationToken);

        foreach (var network in duplicate.Networks.ToList())
        {
            target.JoinNetwork(network);
        }

        if (duplicate.IsAssociationMember)
        {
            target.MarkAssociationMember(true);
        }

        db.Cities.Remove(duplicate);
        var (userId, userName, now) = Author();
        var mergedFrom = string.Join(", ", new[] { duplicate.Name, duplicate.Region, duplicate.CountryCode }.Where(part => part is not null));
        db.AuditEntries.Add(Entry(AuditedTypes.City, targetId, AuditedTypes.City, targetId, userId, userName, now,
            new AuditChange(MergedFromField, null, $"{mergedFrom} (#{duplicateId})")));
        db.AuditEntries.AddRange(moved.Select(p => Entry(AuditedTypes.Partnership, p.Id, AuditedTypes.Partnership, p.Id, userId, userName, now,
            new AuditChange(p.Field, duplicate.Name, target.Name))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (plan, true);
    }

    /// <summary>The field a merge records on the place a duplicate was merged into.</summary>
    public const string MergedFromField = "MergedFrom";

    /// <summary>Deletes a city added by hand that nothing refers to; a refusal names the reason.</summary>
    public async Task<ChangeResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var city = await db.Cities.Include(c => c.Networks).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (city is null)
        {
            return ChangeResult.NotFound;
        }

        if (await DeleteRefusalAsync(id, city.IsAddedByHand, cancellationToken) is { } code)
        {
            return ChangeResult.Invalid([new DomainException(code, code)]);
        }

        db.Cities.Remove(city);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Done;
    }

    /// <summary>Why a city cannot be deleted, as an error code; null when it can.</summary>
    public static string? DeleteRefusal(bool isAddedByHand, int partnerships, int otherReferences) =>
        !isAddedByHand ? ErrorCodes.City.NotAddedByHand
        : partnerships > 0 ? ErrorCodes.City.HasPartnerships
        : otherReferences > 0 ? ErrorCodes.City.InUse
        : null;

    /// <summary>Why the city cannot be deleted now, as an error code; null when it can.</summary>
    public async Task<string?> DeleteRefusalAsync(int id, bool isAddedByHand, CancellationToken cancellationToken) =>
        DeleteRefusal(isAddedByHand, await PartnershipsOfAsync(id, cancellationToken), await OtherReferencesAsync(id, cancellationToken));

    /// <summary>Partnerships naming the city, deleted ones included (an admin can restore them).</summary>
    public Task<int> PartnershipsOfAsync(int cityId, CancellationToken cancellationToken) =>
        db.Partnerships.IgnoreQueryFilters().CountAsync(p => p.CityId == cityId || p.PartnerCityId == cityId, cancellationToken);

    /// <summary>Users, contacts, best practices, adoptions and the unit that name the city.</summary>
    public async Task<int> OtherReferencesAsync(int cityId, CancellationToken cancellationToken) =>
        await db.Users.CountAsync(u => u.CityId == cityId, cancellationToken)
        + await db.Contacts.CountAsync(c => c.CityId == cityId, cancellationToken)
        + await db.BestPractices.CountAsync(b => b.CityId == cityId, cancellationToken)
        + await db.BestPracticeAdoptions.CountAsync(a => a.CityId == cityId, cancellationToken)
        + await db.InternationalAffairsUnits.CountAsync(u => u.CityId == cityId, cancellationToken);

    private (string? UserId, string UserName, DateTime Now) Author()
    {
        var user = httpContextAccessor.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
        return (userId, userId is null ? "system" : user!.GetDisplayName(), clock.GetUtcNow().UtcDateTime);
    }

    private static AuditEntry Entry(string type, int id, string scopeType, int scopeId, string? userId, string userName, DateTime at,
        AuditChange change) => new()
        {
            EntityType = type,
            EntityId = Key(id),
            ScopeType = scopeType,
            ScopeId = Key(scopeId),
            Action = AuditAction.Updated,
            UserId = userId,
            UserName = userName,
            At = at,
            Changes = [change],
        };

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
