using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

/// <summary>
/// A city transferring a published practice: a follow-up project of one of its partnerships, and later what came of it.
/// </summary>
public sealed class BestPracticeAdoption
{
    public const int OutcomeMaxLength = 4000;
    public const int AdoptedByMaxLength = 256;

    private BestPracticeAdoption()
    {
        AdoptedBy = string.Empty;
    }

    internal BestPracticeAdoption(int cityId, int projectId, string adoptedBy, DateTime atUtc)
        : this()
    {
        CityId = cityId;
        ProjectId = projectId;
        AdoptedBy = adoptedBy;
        AdoptedAt = atUtc.Kind == DateTimeKind.Utc ? atUtc : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
    }

    public int Id { get; private set; }

    public int BestPracticeId { get; private set; }

    /// <summary>The city that adopts it.</summary>
    public int CityId { get; private set; }

    /// <summary>The follow-up project in which the city transfers it.</summary>
    public int ProjectId { get; private set; }

    public DateTime AdoptedAt { get; private set; }

    public string AdoptedBy { get; private set; }

    /// <summary>What came of it, written by the adopting city once it knows.</summary>
    public string? Outcome { get; private set; }

    public DateTime? OutcomeRecordedAt { get; private set; }

    public uint Version { get; private set; }

    public void RecordOutcome(string? outcome, DateTime atUtc)
    {
        Outcome = Guard.OptionalText(outcome, OutcomeMaxLength, ErrorCodes.BestPractice.AdoptionOutcome, nameof(outcome));
        OutcomeRecordedAt = Outcome is null ? null
            : atUtc.Kind == DateTimeKind.Utc ? atUtc : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
    }
}
