using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

/// <summary>
/// An example of a city's international work that others can learn from, written in the association's template in
/// German, English or both. A city drafts and submits it; an admin reviews it against the criteria and publishes it
/// to the public library or asks for changes; other cities adopt it.
/// </summary>
public sealed class BestPractice
{
    public const int ContactNameMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int MaxLinks = 5;
    public const int FirstSdg = 1;
    public const int LastSdg = 17;

    private readonly List<BestPracticeText> _texts = [];
    private readonly List<ActionArea> _actionAreas = [];
    private readonly List<BestPracticeReview> _reviews = [];
    private readonly List<BestPracticePicture> _pictures = [];
    private readonly List<BestPracticeAdoption> _adoptions = [];

    private BestPractice()
    {
        Sdgs = [];
        Links = [];
    }

    /// <summary>A new draft of <paramref name="cityId"/> in one language; the rest of the template can follow before it is submitted.</summary>
    public BestPractice(int cityId, string language, BestPracticeTextInput text)
        : this()
    {
        CityId = cityId > 0
            ? cityId
            : throw new DomainException(ErrorCodes.BestPractice.CityRequired, "Choose the city the example comes from.", nameof(cityId));
        Status = BestPracticeStatus.Draft;
        SetText(language, text);
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public BestPracticeStatus Status { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>UN Sustainable Development Goals, 1 to 17, in order.</summary>
    public int[] Sdgs { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>Web addresses (http or https) with more about it.</summary>
    public string[] Links { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyCollection<BestPracticeText> Texts => _texts.AsReadOnly();

    public IReadOnlyCollection<ActionArea> ActionAreas => _actionAreas.AsReadOnly();

    public IReadOnlyCollection<BestPracticeReview> Reviews => _reviews.AsReadOnly();

    public IReadOnlyCollection<BestPracticePicture> Pictures => _pictures.AsReadOnly();

    public IReadOnlyCollection<BestPracticeAdoption> Adoptions => _adoptions.AsReadOnly();

    /// <summary>A city edits its practice while it is a draft or changes were asked for; submitted or published ones are frozen.</summary>
    public bool IsEditable => Status is BestPracticeStatus.Draft or BestPracticeStatus.ChangesRequested;

    /// <summary>The version in <paramref name="language"/>, or else the other one.</summary>
    public BestPracticeText TextIn(string language) =>
        _texts.FirstOrDefault(t => t.Language == language) ?? _texts.OrderBy(t => t.Language, StringComparer.Ordinal).First();

    /// <summary>Adds the version in <paramref name="language"/>, or replaces it.</summary>
    public void SetText(string language, BestPracticeTextInput text)
    {
        EnsureEditable();
        if (_texts.FirstOrDefault(t => t.Language == language) is { } existing)
        {
            existing.Replace(text);
        }
        else
        {
            _texts.Add(new BestPracticeText(language, text));
        }
    }

    /// <summary>Removes a language version; the last one stays.</summary>
    public void RemoveText(string language)
    {
        EnsureEditable();
        if (_texts.FirstOrDefault(t => t.Language == language) is not { } existing)
        {
            return;
        }

        if (_texts.Count == 1)
        {
            throw new DomainException(ErrorCodes.BestPractice.LastText, "A practice needs at least one language version.", nameof(language));
        }

        _texts.Remove(existing);
    }

    public void SetActionAreas(IEnumerable<ActionArea> actionAreas)
    {
        EnsureEditable();
        var areas = actionAreas.DistinctBy(a => a.Id).ToList();

        _actionAreas.RemoveAll(a => !areas.Exists(chosen => chosen.Id == a.Id));
        _actionAreas.AddRange(areas.Where(chosen => !_actionAreas.Exists(a => a.Id == chosen.Id)));
    }

    public void SetSdgs(IEnumerable<int> sdgs)
    {
        EnsureEditable();
        var goals = sdgs.Distinct().Order().ToArray();
        if (goals.Any(g => g is < FirstSdg or > LastSdg))
        {
            throw new DomainException(ErrorCodes.BestPractice.SdgOutOfRange, "The SDGs are numbered 1 to 17.", nameof(sdgs));
        }

        if (!goals.SequenceEqual(Sdgs))
        {
            Sdgs = goals;
        }
    }

    public void SetContact(string? name, string? email)
    {
        EnsureEditable();
        var validName = Guard.OptionalText(name, ContactNameMaxLength, ErrorCodes.BestPractice.ContactName, nameof(ContactName));
        var validEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (validEmail is not null && !EmailAddress.IsValid(validEmail))
        {
            throw new DomainException(ErrorCodes.BestPractice.ContactEmailInvalid, "Enter a valid e-mail address.", nameof(ContactEmail));
        }

        ContactName = validName;
        ContactEmail = validEmail;
    }

    /// <summary>
    /// Forgets the contact person at their request (GDPR Art. 17), whatever the practice's status: a published
    /// practice cannot be edited, but its contact must still be erasable.
    /// </summary>
    public void EraseContact()
    {
        ContactName = null;
        ContactEmail = null;
    }

    public void SetLinks(IEnumerable<string?> links)
    {
        EnsureEditable();
        var valid = links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        if (valid.Length > MaxLinks)
        {
            throw new DomainException(ErrorCodes.BestPractice.TooManyLinks, $"Give at most {MaxLinks} links.", nameof(links));
        }

        foreach (var link in valid)
        {
            if (link.Length > LinkMaxLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new DomainException(ErrorCodes.BestPractice.LinkInvalid, "Links must be web addresses starting with https:// or http://.", nameof(links));
            }
        }

        if (!valid.SequenceEqual(Links))
        {
            Links = valid;
        }
    }

    public BestPracticePicture AddPicture(string fileName, byte[] content, string altText, DateTime uploadedAtUtc, string uploadedBy)
    {
        EnsureEditable();
        if (_pictures.Count >= BestPracticePicture.MaxPerPractice)
        {
            throw new DomainException(ErrorCodes.BestPractice.TooManyPictures, $"A practice has at most {BestPracticePicture.MaxPerPractice} pictures.", nameof(content));
        }

        var picture = new BestPracticePicture(fileName, content, altText, uploadedAtUtc, uploadedBy);
        _pictures.Add(picture);
        return picture;
    }

    public void RemovePicture(int pictureId)
    {
        EnsureEditable();
        _pictures.RemoveAll(p => p.Id == pictureId);
    }

    /// <summary>Sends it to the association's review; every version must be complete, with a contact person.</summary>
    public void Submit(DateTime atUtc)
    {
        if (!IsEditable)
        {
            throw new DomainException(ErrorCodes.BestPractice.SubmitNotDraft, "Only a draft can be submitted.");
        }

        if (_texts.Any(t => !t.IsComplete))
        {
            throw new DomainException(ErrorCodes.BestPractice.Incomplete,
                "Describe the challenge, what was done, the results and what others need before submitting.");
        }

        if (_actionAreas.Count == 0)
        {
            throw new DomainException(ErrorCodes.BestPractice.ActionAreaRequired, "Choose at least one action area before submitting.", "AreaIds");
        }

        if (ContactName is null)
        {
            throw new DomainException(ErrorCodes.BestPractice.ContactRequired, "Name a contact person before submitting.", nameof(ContactName));
        }

        Status = BestPracticeStatus.Submitted;
        SubmittedAt = Utc(atUtc);
    }

    /// <summary>Publishes a submitted practice once the review finds every criterion met.</summary>
    public BestPracticeReview Publish(ReviewCriteria criteria, string? comment, string reviewer, DateTime atUtc)
    {
        EnsureSubmitted(publishing: true);
        if (!criteria.AllMet)
        {
            throw new DomainException(ErrorCodes.BestPractice.CriteriaNotMet, "Publish only when every review criterion is met.", nameof(criteria));
        }

        var review = new BestPracticeReview(ReviewDecision.Published, criteria, comment, reviewer, Utc(atUtc));
        _reviews.Add(review);
        Status = BestPracticeStatus.Published;
        PublishedAt = atUtc;
        return review;
    }

    /// <summary>Returns a submitted practice to its city with a comment that says what to change.</summary>
    public BestPracticeReview RequestChanges(ReviewCriteria criteria, string? comment, string reviewer, DateTime atUtc)
    {
        EnsureSubmitted(publishing: false);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(ErrorCodes.BestPractice.ReviewCommentRequired, "Say what the city should change.", nameof(comment));
        }

        var review = new BestPracticeReview(ReviewDecision.ChangesRequested, criteria, comment, reviewer, Utc(atUtc));
        _reviews.Add(review);
        Status = BestPracticeStatus.ChangesRequested;
        return review;
    }

    /// <summary>Takes a published practice out of the library so that its city can revise it.</summary>
    public void ReturnToDraft()
    {
        Status = BestPracticeStatus.Draft;
        PublishedAt = null;
    }

    /// <summary>Records that another city transfers this practice in one of its projects.</summary>
    public BestPracticeAdoption Adopt(int cityId, int projectId, string adoptedBy, DateTime atUtc)
    {
        if (Status != BestPracticeStatus.Published)
        {
            throw new DomainException(ErrorCodes.BestPractice.AdoptNotPublished, "Only a published practice can be adopted.");
        }

        if (cityId == CityId)
        {
            throw new DomainException(ErrorCodes.BestPractice.AdoptOwn, "A city cannot adopt its own practice.", nameof(cityId));
        }

        if (_adoptions.Any(a => a.CityId == cityId))
        {
            throw new DomainException(ErrorCodes.BestPractice.AlreadyAdopted, "This city has already adopted the practice.", nameof(cityId));
        }

        var adoption = new BestPracticeAdoption(cityId, projectId, adoptedBy, atUtc);
        _adoptions.Add(adoption);
        return adoption;
    }

    private void EnsureSubmitted(bool publishing)
    {
        if (Status != BestPracticeStatus.Submitted)
        {
            throw publishing
                ? new DomainException(ErrorCodes.BestPractice.PublishNotSubmitted, "Only a submitted practice can be published.")
                : new DomainException(ErrorCodes.BestPractice.ReviewNotSubmitted, "Only a submitted practice can be reviewed.");
        }
    }

    private void EnsureEditable()
    {
        if (Status == BestPracticeStatus.Published)
        {
            throw new DomainException(ErrorCodes.BestPractice.EditPublished, "A published example must be returned to draft before it is edited.");
        }

        if (Status == BestPracticeStatus.Submitted)
        {
            throw new DomainException(ErrorCodes.BestPractice.EditSubmitted, "A submitted example is being reviewed and cannot be edited.");
        }
    }

    private static DateTime Utc(DateTime at) =>
        at.Kind == DateTimeKind.Utc ? at : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
}
