using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.BestPractices;

/// <summary>
/// An example of a city's international work that others can learn from. A city drafts and submits it; the
/// association publishes it to the library.
/// </summary>
public sealed class BestPractice
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    private BestPractice()
    {
        Title = string.Empty;
        Summary = string.Empty;
    }

    public BestPractice(string title, int cityId, int actionAreaId, string summary)
        : this()
    {
        CityId = cityId > 0
            ? cityId
            : throw new DomainException(ErrorCodes.BestPractice.CityRequired, "Choose the city the example comes from.", nameof(cityId));
        Status = BestPracticeStatus.Draft;
        Edit(title, actionAreaId, summary);
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public int CityId { get; private set; }

    public City? City { get; private set; }

    public int ActionAreaId { get; private set; }

    public ActionArea? ActionArea { get; private set; }

    public string Summary { get; private set; }

    public BestPracticeStatus Status { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public uint Version { get; private set; }

    public void Edit(string title, int actionAreaId, string summary)
    {
        if (Status == BestPracticeStatus.Published)
        {
            throw new DomainException(ErrorCodes.BestPractice.EditPublished, "A published example must be returned to draft before it is edited.");
        }

        var validTitle = Guard.RequiredText(title, TitleMaxLength, ErrorCodes.BestPractice.Title, nameof(title));
        var validSummary = Guard.RequiredText(summary, SummaryMaxLength, ErrorCodes.BestPractice.Summary, nameof(summary));
        if (actionAreaId <= 0)
        {
            throw new DomainException(ErrorCodes.BestPractice.ActionAreaRequired, "Choose an action area.", nameof(actionAreaId));
        }

        Title = validTitle;
        Summary = validSummary;
        ActionAreaId = actionAreaId;
    }

    public void Submit()
    {
        if (Status != BestPracticeStatus.Draft)
        {
            throw new DomainException(ErrorCodes.BestPractice.SubmitNotDraft, "Only a draft can be submitted.");
        }

        Status = BestPracticeStatus.Submitted;
    }

    public void Publish(DateTime publishedAtUtc)
    {
        if (Status != BestPracticeStatus.Submitted)
        {
            throw new DomainException(ErrorCodes.BestPractice.PublishNotSubmitted, "Only a submitted example can be published.");
        }

        if (publishedAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new DomainException(ErrorCodes.Time.NotUtc, "Times must be given in UTC.");
        }

        Status = BestPracticeStatus.Published;
        PublishedAt = publishedAtUtc;
    }

    public void ReturnToDraft()
    {
        Status = BestPracticeStatus.Draft;
        PublishedAt = null;
    }
}
