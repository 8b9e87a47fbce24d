using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Domain.Activities;

/// <summary>Something that happened within a partnership: a delegation visit, an exchange, an event.</summary>
public sealed class Activity : IPartnershipRecord
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MaxParticipants = 1_000_000;

    private readonly List<ActionArea> _actionAreas = [];

    private Activity()
    {
        Title = string.Empty;
    }

    public Activity(int partnershipId, ActivityKind kind, string title, DateOnly startsOn, DateOnly? endsOn, string? place,
        int? participants, string? description)
        : this()
    {
        PartnershipId = partnershipId;
        UpdateDetails(kind, title, startsOn, endsOn, place, participants, description);
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public string Title { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public string? Place { get; private set; }

    public int? Participants { get; private set; }

    public string? Description { get; private set; }

    public IReadOnlyCollection<ActionArea> ActionAreas => _actionAreas.AsReadOnly();

    public uint Version { get; private set; }

    public void UpdateDetails(ActivityKind kind, string title, DateOnly startsOn, DateOnly? endsOn, string? place,
        int? participants, string? description)
    {
        Guard.Defined(kind, ErrorCodes.Activity.KindUnknown, nameof(kind));
        var validTitle = Guard.RequiredText(title, TitleMaxLength, ErrorCodes.Activity.Title, nameof(title));
        var validPlace = Guard.OptionalText(place, PlaceMaxLength, ErrorCodes.Activity.Place, nameof(place));
        var validDescription = Guard.OptionalText(description, DescriptionMaxLength, ErrorCodes.Activity.Description, nameof(description));
        if (endsOn < startsOn)
        {
            throw new DomainException(ErrorCodes.Activity.EndBeforeStart, "An activity cannot end before it starts.", nameof(endsOn));
        }

        if (participants is < 0 or > MaxParticipants)
        {
            throw new DomainException(ErrorCodes.Activity.ParticipantsOutOfRange, "The number of participants cannot be negative.", nameof(participants));
        }

        Kind = kind;
        Title = validTitle;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Place = validPlace;
        Participants = participants;
        Description = validDescription;
    }

    public void SetActionAreas(IEnumerable<ActionArea> actionAreas)
    {
        _actionAreas.Clear();
        _actionAreas.AddRange(actionAreas.DistinctBy(a => a.Id == 0 ? (object)a : a.Id));
    }
}
