using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

public enum ReviewDecision
{
    ChangesRequested,
    Published,
}

/// <summary>
/// An admin's review of a submitted practice against the association's criteria, with a comment the city reads.
/// A practice is published only when every criterion is met.
/// </summary>
public sealed class BestPracticeReview
{
    public const int CommentMaxLength = 4000;
    public const int ReviewerMaxLength = 256;

    private BestPracticeReview()
    {
        Reviewer = string.Empty;
    }

    internal BestPracticeReview(ReviewDecision decision, ReviewCriteria criteria, string? comment, string reviewer, DateTime atUtc)
        : this()
    {
        Decision = decision;
        MeetsRelevance = criteria.Relevance;
        MeetsEvidence = criteria.Evidence;
        MeetsTransferability = criteria.Transferability;
        MeetsCompleteness = criteria.Completeness;
        Comment = Guard.OptionalText(comment, CommentMaxLength, ErrorCodes.BestPractice.ReviewComment, nameof(comment));
        Reviewer = reviewer;
        ReviewedAt = atUtc.Kind == DateTimeKind.Utc ? atUtc : throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
    }

    public int Id { get; private set; }

    public int BestPracticeId { get; private set; }

    public ReviewDecision Decision { get; private set; }

    /// <summary>Relevant to the action areas it is tagged with.</summary>
    public bool MeetsRelevance { get; private set; }

    /// <summary>Shows evidence of impact.</summary>
    public bool MeetsEvidence { get; private set; }

    /// <summary>Another city could transfer it.</summary>
    public bool MeetsTransferability { get; private set; }

    /// <summary>Every field of the template is filled in well.</summary>
    public bool MeetsCompleteness { get; private set; }

    public string? Comment { get; private set; }

    public string Reviewer { get; private set; }

    public DateTime ReviewedAt { get; private set; }
}

/// <summary>The review criteria, each met or not.</summary>
public sealed record ReviewCriteria(bool Relevance, bool Evidence, bool Transferability, bool Completeness)
{
    public bool AllMet => Relevance && Evidence && Transferability && Completeness;
}
