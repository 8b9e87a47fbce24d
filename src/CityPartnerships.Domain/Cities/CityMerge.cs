using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Domain.Cities;

/// <summary>A partnership of one of the two cities of a merge, as the merge needs to see it.</summary>
public sealed record MergePartnership(int Id, int CityId, int PartnerCityId, PartnershipKind Kind, bool IsDeleted)
{
    public int OtherThan(int cityId) => CityId == cityId ? PartnerCityId : CityId;
}

public enum MergeConflictKind
{
    /// <summary>The duplicate's partnership with the place it is merged into would link that place to itself.</summary>
    SelfPartnership,

    /// <summary>The place already has a partnership of the same kind with the same partner.</summary>
    DuplicatePair,
}

/// <summary>A partnership of the duplicate that cannot follow it as it is; <see cref="ExistingId"/> is the one it would duplicate.</summary>
public sealed record MergeConflict(MergeConflictKind Kind, int PartnershipId, int? ExistingId);

/// <summary>
/// Merging a city added by hand into the place it duplicates: every partnership of the duplicate moves to the place.
/// A move that would link the place to itself, or give it a second partnership of the same kind with the same partner
/// (whatever the status), is a conflict the admin resolves first: the merge never drops or doubles a record silently.
/// </summary>
public static class CityMerge
{
    public static IReadOnlyList<MergeConflict> Conflicts(int duplicateId, int targetId,
        IEnumerable<MergePartnership> duplicatePartnerships, IEnumerable<MergePartnership> targetPartnerships)
    {
        var existing = targetPartnerships
            .Where(p => !p.IsDeleted)
            .GroupBy(p => (Partner: p.OtherThan(targetId), p.Kind))
            .ToDictionary(g => g.Key, g => g.Min(p => p.Id));
        var conflicts = new List<MergeConflict>();
        foreach (var partnership in duplicatePartnerships.OrderBy(p => p.Id))
        {
            var partner = partnership.OtherThan(duplicateId);
            if (partner == targetId)
            {
                conflicts.Add(new MergeConflict(MergeConflictKind.SelfPartnership, partnership.Id, null));
            }
            else if (!partnership.IsDeleted && existing.TryGetValue((partner, partnership.Kind), out var existingId))
            {
                conflicts.Add(new MergeConflict(MergeConflictKind.DuplicatePair, partnership.Id, existingId));
            }
        }

        return conflicts;
    }
}
