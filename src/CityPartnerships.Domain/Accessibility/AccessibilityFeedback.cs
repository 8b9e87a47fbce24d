using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Accessibility;

/// <summary>
/// A barrier someone reported through the accessibility statement's feedback form (BITV 2.0 § 7): what is wrong,
/// on which page, and optionally who they are and where to answer them. The association's admins answer it and
/// mark it answered.
/// </summary>
public sealed class AccessibilityFeedback
{
    public const int ProblemMaxLength = 4000;
    public const int PageMaxLength = 500;
    public const int NameMaxLength = 200;

    private AccessibilityFeedback()
    {
        Problem = string.Empty;
        Language = string.Empty;
    }

    public AccessibilityFeedback(string? problem, string? page, string? name, string? email, string language, DateTime receivedAt)
        : this()
    {
        Problem = Guard.RequiredText(problem, ProblemMaxLength, ErrorCodes.AccessibilityFeedback.Problem, nameof(problem));
        Page = Guard.OptionalText(page, PageMaxLength, ErrorCodes.AccessibilityFeedback.Page, nameof(page));
        Name = Guard.OptionalText(name, NameMaxLength, ErrorCodes.AccessibilityFeedback.Name, nameof(name));
        var trimmedEmail = email?.Trim();
        Email = string.IsNullOrEmpty(trimmedEmail) ? null
            : EmailAddress.IsValid(trimmedEmail) ? trimmedEmail
            : throw new DomainException(ErrorCodes.AccessibilityFeedback.EmailInvalid, "Enter a valid e-mail address.", nameof(email));
        Language = language;
        ReceivedAt = receivedAt;
    }

    public int Id { get; private set; }

    public string Problem { get; private set; }

    /// <summary>The page the problem concerns, as the person gave it: usually a path of the portal, but any text.</summary>
    public string? Page { get; private set; }

    public string? Name { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The language of the interface the person wrote in ("en" or "de"), to answer in it.</summary>
    public string Language { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Marks the feedback answered; marking it again keeps the first answer's date and name.</summary>
    public void MarkAnswered(DateTime at, string by)
    {
        if (AnsweredAt is null)
        {
            AnsweredAt = at;
            AnsweredBy = by;
        }
    }

    /// <summary>At the person's request (GDPR Art. 17): their name and address go, the report of the barrier stays.</summary>
    public void EraseSender()
    {
        Name = null;
        Email = null;
    }
}
