using System.Linq.Expressions;

namespace CityPartnerships.Domain.Partnerships;

/// <summary>
/// What decides whether a partnership is due for a check: an ongoing partnership that has been neither confirmed nor
/// active (an activity) for 12 months may no longer reflect reality. Queries project into this type to filter and
/// count with <see cref="IsDue"/>; pages ask <see cref="IsDueAt"/> of rows they have already read.
/// </summary>
public sealed class VerificationFacts
{
    public PartnershipStatus Status { get; init; }

    public DateTime? LastVerifiedAt { get; init; }

    public DateOnly? LastActivityOn { get; init; }

    /// <summary>Records neither confirmed nor active since this moment are due (12 months before <paramref name="nowUtc"/>).</summary>
    public static DateTime Cutoff(DateTime nowUtc) => nowUtc.AddMonths(-12);

    public static Expression<Func<VerificationFacts, bool>> IsDue(DateTime nowUtc)
    {
        var cutoff = Cutoff(nowUtc);
        var cutoffDay = DateOnly.FromDateTime(cutoff);
        return f => f.Status != PartnershipStatus.Ended
            && (f.LastVerifiedAt == null || f.LastVerifiedAt < cutoff)
            && (f.LastActivityOn == null || f.LastActivityOn < cutoffDay);
    }

    // The same rule as IsDue, for values already in memory (compiling the expression per row would be wasteful).
    public bool IsDueAt(DateTime nowUtc)
    {
        var cutoff = Cutoff(nowUtc);
        return Status != PartnershipStatus.Ended
            && (LastVerifiedAt is null || LastVerifiedAt < cutoff)
            && (LastActivityOn is null || LastActivityOn < DateOnly.FromDateTime(cutoff));
    }
}
