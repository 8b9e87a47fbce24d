using System.Linq.Expressions;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Partnerships;

/// <summary>
/// A partnership between two different cities. <see cref="CityId"/> is the city that logged it; the partnership
/// belongs to both cities alike.
/// </summary>
public sealed class Partnership
{
    public const int DescriptionMaxLength = 4000;

    private readonly List<ActionArea> _actionAreas = [];

    private Partnership()
    {
    }

    public Partnership(int cityId, int partnerCityId, PartnershipKind kind, PartnershipStatus status,
        PartialDate? started, PartialDate? ended, string? description, DateTime createdAtUtc)
    {
        if (cityId == partnerCityId)
        {
            throw new DomainException(ErrorCodes.Partnership.SameCity, "A city cannot be in a partnership with itself.", nameof(partnerCityId));
        }

        CityId = cityId;
        PartnerCityId = partnerCityId;
        CreatedAt = Utc(createdAtUtc);
        UpdateDetails(kind, status, started, ended, description);
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public City? City { get; private set; }

    public int PartnerCityId { get; private set; }

    public City? PartnerCity { get; private set; }

    public PartnershipKind Kind { get; private set; }

    public PartnershipStatus Status { get; private set; }

    /// <summary>
    /// The first day of the date the agreement was signed or the cooperation started (1 January when only the year
    /// is known: see <see cref="StartedOnPrecision"/> and <see cref="Started"/>).
    /// </summary>
    public DateOnly? StartedOn { get; private set; }

    public DatePrecision StartedOnPrecision { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DatePrecision EndedOnPrecision { get; private set; }

    /// <summary>When it started, as precisely as it is known.</summary>
    public PartialDate? Started => PartialDate.FromStored(StartedOn, StartedOnPrecision);

    public PartialDate? Ended => PartialDate.FromStored(EndedOn, EndedOnPrecision);

    public string? Description { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When someone last confirmed that the record still reflects reality.</summary>
    public DateTime? LastVerifiedAt { get; private set; }

    public IReadOnlyCollection<ActionArea> ActionAreas => _actionAreas.AsReadOnly();

    /// <summary>Internal records are seen only by the two cities' users and the association's admins.</summary>
    public bool IsInternal { get; private set; }

    /// <summary>Set when the record was deleted; deleted records are hidden but an admin can restore them.</summary>
    public DateTime? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public uint Version { get; private set; }

    public bool Involves(int cityId) => CityId == cityId || PartnerCityId == cityId;

    /// <summary>The partnerships that involve a city, at either end: <see cref="Involves"/> for queries.</summary>
    public static Expression<Func<Partnership, bool>> Involving(int cityId) => p => p.CityId == cityId || p.PartnerCityId == cityId;

    /// <summary>The partnerships between two cities, whichever of them logged it.</summary>
    public static Expression<Func<Partnership, bool>> Between(int cityId, int otherCityId) =>
        p => (p.CityId == cityId && p.PartnerCityId == otherCityId) || (p.CityId == otherCityId && p.PartnerCityId == cityId);

    /// <summary>Records not confirmed since this moment are due for a check (12 months before <paramref name="nowUtc"/>).</summary>
    public static DateTime VerificationCutoff(DateTime nowUtc) => VerificationFacts.Cutoff(nowUtc);

    /// <summary>Due for a check, counting confirmations only (the activities are not loaded with the record).</summary>
    public bool NeedsVerification(DateTime nowUtc) => IsDueForVerification(Status, LastVerifiedAt, null, nowUtc);

    /// <summary>Due for a check when it is ongoing and has been neither confirmed nor active (an activity) for 12 months.</summary>
    public static bool IsDueForVerification(PartnershipStatus status, DateTime? lastVerifiedAt, DateOnly? lastActivityOn, DateTime nowUtc) =>
        new VerificationFacts { Status = status, LastVerifiedAt = lastVerifiedAt, LastActivityOn = lastActivityOn }.IsDueAt(nowUtc);

    public void UpdateDetails(PartnershipKind kind, PartnershipStatus status, PartialDate? startedOn, PartialDate? endedOn,
        string? description)
    {
        Guard.Defined(kind, ErrorCodes.Partnership.KindUnknown, nameof(kind));
        Guard.Defined(status, ErrorCodes.Partnership.StatusUnknown, nameof(status));

        if (startedOn is { } start && endedOn is { } end && !end.IsNotBefore(start))
        {
            throw new DomainException(ErrorCodes.Partnership.EndBeforeStart, "The end date cannot be before the start date.", nameof(endedOn));
        }

        if (status == PartnershipStatus.Ended && endedOn is null)
        {
            throw new DomainException(ErrorCodes.Partnership.EndedWithoutDate, "An ended partnership needs an end date.", nameof(endedOn));
        }

        if (status != PartnershipStatus.Ended && endedOn is not null)
        {
            throw new DomainException(ErrorCodes.Partnership.EndDateWhileOngoing, "Only an ended partnership has an end date.", nameof(endedOn));
        }

        var validDescription = Guard.OptionalText(description, DescriptionMaxLength, ErrorCodes.Partnership.Description, nameof(description));

        Kind = kind;
        Status = status;
        (StartedOn, StartedOnPrecision) = (startedOn?.First, startedOn?.Precision ?? DatePrecision.Day);
        (EndedOn, EndedOnPrecision) = (endedOn?.First, endedOn?.Precision ?? DatePrecision.Day);
        Description = validDescription;
    }

    public void MarkInternal(bool isInternal) => IsInternal = isInternal;

    public void Delete(DateTime deletedAtUtc)
    {
        if (IsDeleted)
        {
            throw new DomainException(ErrorCodes.Partnership.AlreadyDeleted, "The partnership has already been deleted.");
        }

        DeletedAt = Utc(deletedAtUtc);
    }

    public void Restore()
    {
        if (!IsDeleted)
        {
            throw new DomainException(ErrorCodes.Partnership.NotDeleted, "Only a deleted partnership can be restored.");
        }

        DeletedAt = null;
    }

    public void End(DateOnly endedOn) => UpdateDetails(Kind, PartnershipStatus.Ended, Started, PartialDate.OfDay(endedOn), Description);

    public void MarkVerified(DateTime verifiedAtUtc) => LastVerifiedAt = Utc(verifiedAtUtc);

    public void SetActionAreas(IEnumerable<ActionArea> actionAreas)
    {
        _actionAreas.Clear();
        // Saved areas are the same when their ids are; unsaved ones (id 0) only when they are the same object.
        _actionAreas.AddRange(actionAreas.DistinctBy(a => a.Id == 0 ? (object)a : a.Id));
    }

    /// <summary>True when both are active partnerships of the same kind between the same two cities.</summary>
    public bool DuplicatesActive(Partnership other) =>
        !ReferenceEquals(this, other)
        && (Id == 0 || Id != other.Id)
        && !IsDeleted
        && !other.IsDeleted
        && Status == PartnershipStatus.Active
        && other.Status == PartnershipStatus.Active
        && Kind == other.Kind
        && SamePair(other);

    /// <summary>
    /// Refuses a second active partnership of the same kind between the same pair of cities. Pass the partnerships
    /// that already exist between the two cities.
    /// </summary>
    public void EnsureNoActiveDuplicateAmong(IEnumerable<Partnership> existing)
    {
        if (existing.Any(DuplicatesActive))
        {
            throw new DomainException(ErrorCodes.Partnership.DuplicateActive,
                "These two cities already have an active partnership of this kind.", nameof(Kind));
        }
    }

    private bool SamePair(Partnership other) =>
        (CityId == other.CityId && PartnerCityId == other.PartnerCityId)
        || (CityId == other.PartnerCityId && PartnerCityId == other.CityId);

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC."),
    };
}
