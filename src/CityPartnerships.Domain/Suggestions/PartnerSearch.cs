using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Domain.Suggestions;

public enum PartnerSearchStatus
{
    Open,
    Closed,
}

/// <summary>
/// What a post seeks: the kind of cooperation is a kind of the partnership register, so that an answered post can become
/// a partnership of that kind; action area, world region and country are optional (a city may seek "anyone in Africa").
/// </summary>
public sealed record PartnerSearchDetails(int? ActionAreaId, WorldRegion? Region, string? CountryCode, PartnershipKind Kind, string Text, DateOnly Until);

/// <summary>
/// A post on the "cities seeking cities" board: what kind of partner a city seeks, until when. Other cities' staff
/// reply; the posting city edits and closes it; admins hide it with a reason the poster reads, and show it again.
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

    public PartnerSearch(int cityId, PartnerSearchDetails details, string postedBy, DateTime postedAtUtc)
        : this()
    {
        CityId = cityId;
        PostedBy = Guard.RequiredText(postedBy, NameMaxLength, ErrorCodes.PartnerSearch.PostedBy, nameof(postedBy));
        PostedAt = postedAtUtc;
        Apply(details, postedAtUtc);
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public int? ActionAreaId { get; private set; }

    /// <summary>The region sought; set from the country when only a country is given, so the region filter finds the post.</summary>
    public WorldRegion? Region { get; private set; }

    public string? CountryCode { get; private set; }

    public PartnershipKind Kind { get; private set; }

    public string Text { get; private set; }

    public DateOnly Until { get; private set; }

    public string PostedBy { get; private set; }

    public DateTime PostedAt { get; private set; }

    public PartnerSearchStatus Status { get; private set; }

    /// <summary>Hidden by an admin: apart from the posting city and admins, nobody sees it, whether open or closed.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>Why an admin hid the post, shown to the posting city.</summary>
    public string? ModerationReason { get; private set; }

    public IReadOnlyCollection<PartnerSearchReply> Replies => _replies.AsReadOnly();

    public bool IsOpenOn(DateOnly today) => Status == PartnerSearchStatus.Open && !IsHidden && Until >= today;

    /// <summary>The posting city corrects what it seeks; a closed post stays closed (post a new one instead).</summary>
    public void Edit(PartnerSearchDetails details, DateTime nowUtc)
    {
        if (Status == PartnerSearchStatus.Closed)
        {
            throw new DomainException(ErrorCodes.PartnerSearch.Closed, "A closed post cannot be edited.", nameof(Status));
        }

        Apply(details, nowUtc);
    }

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

    public void Close() => Status = PartnerSearchStatus.Closed;

    public void Hide(string? reason)
    {
        ModerationReason = Guard.RequiredText(reason, ReasonMaxLength, ErrorCodes.PartnerSearch.Reason, nameof(reason));
        IsHidden = true;
    }

    public void Unhide()
    {
        IsHidden = false;
        ModerationReason = null;
    }

    private void Apply(PartnerSearchDetails details, DateTime nowUtc)
    {
        var text = Guard.RequiredText(details.Text, TextMaxLength, ErrorCodes.PartnerSearch.Text, nameof(details.Text));
        if (!Enum.IsDefined(details.Kind))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.KindInvalid, "The kind of cooperation is not known.", nameof(details.Kind));
        }

        if (details.Region is { } chosen && !Enum.IsDefined(chosen))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.RegionInvalid, "The world region is not known.", nameof(details.Region));
        }

        if (details.Until < DateOnly.FromDateTime(nowUtc))
        {
            throw new DomainException(ErrorCodes.PartnerSearch.UntilInPast, "The post must run until today or later.", nameof(details.Until));
        }

        string? country = null;
        if (!string.IsNullOrWhiteSpace(details.CountryCode))
        {
            country = Cities.CountryCode.Normalize(details.CountryCode)
                ?? throw new DomainException(ErrorCodes.PartnerSearch.CountryUnknown, "The country is not known.", nameof(details.CountryCode));
            if (details.Region is { } region && WorldRegions.Of(country) != region)
            {
                throw new DomainException(ErrorCodes.PartnerSearch.CountryOutsideRegion, "The country is not in the chosen world region.",
                    nameof(details.CountryCode));
            }
        }

        ActionAreaId = details.ActionAreaId;
        CountryCode = country;
        Region = country is null ? details.Region : WorldRegions.Of(country);
        Kind = details.Kind;
        Text = text;
        Until = details.Until;
    }
}

/// <summary>An answer to a post, with a contact: visible to the posting city, the answering city and admins, never to third cities.</summary>
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
        ContactEmail = Guard.RequiredText(contactEmail, EmailAddress.MaxLength, ErrorCodes.PartnerSearch.ContactEmail, nameof(contactEmail));
        if (!EmailAddress.IsValid(ContactEmail))
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

    /// <summary>Forgets the contact person at their request (GDPR Art. 17); the answer's text stays with the post.</summary>
    public void EraseContact()
    {
        ContactName = string.Empty;
        ContactEmail = string.Empty;
    }
}
