using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Suggestions;

public enum CooperationKind
{
    Twinning,
    Friendship,
    ProjectPartnership,
    ClimatePartnership,
    KnowledgeExchange,
}

public enum WorldRegion
{
    Africa,
    Asia,
    Europe,
    LatinAmericaAndCaribbean,
    NorthAmerica,
    Oceania,
}

public enum PartnerSearchStatus
{
    Open,
    Closed,
    Hidden,
}

/// <summary>
/// A post on the "cities seeking cities" board: what kind of partner a city seeks, until when. Other cities' staff
/// reply; the poster closes it; admins hide it with a reason the poster reads.
/// </summary>
public sealed class PartnerSearch
{
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 500;
    public const int NameMaxLength = 200;

    private readonly List<PartnerSearchReply> _replies = [];

    private PartnerSearch()
    {
        Text = string.Empty;
        PostedBy = string.Empty;
    }

    public PartnerSearch(int cityId, int? actionAreaId, WorldRegion? region, string? countryCode, CooperationKind kind, string text,
        DateOnly until, string postedBy, DateTime postedAtUtc)
        : this()
    {
        if (until < DateOnly.FromDateTime(postedAtUtc))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.UntilInPast, "The post must run until today or later.", nameof(until));
        }

        CityId = cityId;
        ActionAreaId = actionAreaId;
        Region = region;
        CountryCode = string.IsNullOrWhiteSpace(countryCode) ? null : countryCode.Trim().ToUpperInvariant();
        Kind = kind;
        Text = Guard.RequiredText(text, TextMaxLength, ErrorCodes.PartnerSearch.Text, nameof(text));
        Until = until;
        PostedBy = Guard.RequiredText(postedBy, NameMaxLength, ErrorCodes.PartnerSearch.PostedBy, nameof(postedBy));
        PostedAt = postedAtUtc;
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public int? ActionAreaId { get; private set; }

    public WorldRegion? Region { get; private set; }

    public string? CountryCode { get; private set; }

    public CooperationKind Kind { get; private set; }

    public string Text { get; private set; }

    public DateOnly Until { get; private set; }

    public string PostedBy { get; private set; }

    public DateTime PostedAt { get; private set; }

    public PartnerSearchStatus Status { get; private set; }

    /// <summary>Why an admin hid the post, shown to the poster.</summary>
    public string? ModerationReason { get; private set; }

    public IReadOnlyCollection<PartnerSearchReply> Replies => _replies.AsReadOnly();

    public bool IsOpenOn(DateOnly today) => Status == PartnerSearchStatus.Open && Until >= today;

    public PartnerSearchReply Reply(int cityId, string text, string contactName, string contactEmail, DateTime atUtc)
    {
        if (cityId == CityId)
        {
            throw new DomainException(ErrorCodes.PartnerSearch.OwnPost, "A city does not answer its own post.", nameof(cityId));
        }

        if (!IsOpenOn(DateOnly.FromDateTime(atUtc)))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.NotOpen, "The post is closed, hidden or past its date.", nameof(Status));
        }

        var reply = new PartnerSearchReply(cityId, text, contactName, contactEmail, atUtc);
        _replies.Add(reply);
        return reply;
    }

    public void Close() => Status = Status == PartnerSearchStatus.Hidden ? Status : PartnerSearchStatus.Closed;

    public void Hide(string reason)
    {
        ModerationReason = Guard.RequiredText(reason, ReasonMaxLength, ErrorCodes.PartnerSearch.Reason, nameof(reason));
        Status = PartnerSearchStatus.Hidden;
    }
}

/// <summary>An answer to a post, visible to the posting city, the answering city and admins, with a contact.</summary>
public sealed class PartnerSearchReply
{
    private PartnerSearchReply()
    {
        Text = string.Empty;
        ContactName = string.Empty;
        ContactEmail = string.Empty;
    }

    internal PartnerSearchReply(int cityId, string text, string contactName, string contactEmail, DateTime atUtc)
        : this()
    {
        CityId = cityId;
        Text = Guard.RequiredText(text, PartnerSearch.TextMaxLength, ErrorCodes.PartnerSearch.ReplyText, nameof(text));
        ContactName = Guard.RequiredText(contactName, PartnerSearch.NameMaxLength, ErrorCodes.PartnerSearch.ContactName, nameof(contactName));
        ContactEmail = Guard.RequiredText(contactEmail, PartnerSearch.NameMaxLength, ErrorCodes.PartnerSearch.ContactEmail, nameof(contactEmail));
        if (!ContactEmail.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.ContactEmailInvalid, "The contact e-mail address is not valid.", nameof(contactEmail));
        }

        RepliedAt = atUtc;
    }

    public int Id { get; private set; }

    public int PartnerSearchId { get; private set; }

    public int CityId { get; private set; }

    public string Text { get; private set; }

    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    public DateTime RepliedAt { get; private set; }
}
