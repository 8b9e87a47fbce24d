using System.Globalization;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Features.Mail;
using CityPartnerships.Web.Pages;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>
/// The library's notifications by e-mail: the admins learn that a practice waits for review, its author that it was
/// published or returned with comments. Each mail is written in its recipient's language (the practice's title too,
/// where that version exists) and queued, so a slow or absent mail server never holds up the review.
/// </summary>
public sealed class PracticeMails(
    AppDbContext db,
    MailOutbox outbox,
    PortalLinks links,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock,
    ILogger<PracticeMails> logger)
{
    /// <summary>To every association admin who can sign in: the practice waits in the review queue.</summary>
    public async Task QueueSubmittedAsync(int practiceId, CancellationToken cancellationToken)
    {
        var admins = await MailRecipients.AssociationAdminsAsync(db, clock.GetUtcNow(), cancellationToken);
        if (admins.Count == 0)
        {
            return;
        }

        var practice = await PracticeAsync(practiceId, cancellationToken);
        var review = links.To(PagePaths.PracticeReview, new { id = practiceId });
        foreach (var admin in admins)
        {
            var title = practice.TitleIn(admin.Language);
            outbox.Enqueue(admin.Email, admin.DisplayName, MailContent.InLanguage(admin.Language, () =>
                new MailContent(localizer["Mail.PracticeSubmitted.Subject", title], admin.Language)
                    .Paragraph(localizer["Mail.Greeting", admin.DisplayName])
                    .Paragraph(localizer["Mail.PracticeSubmitted.Text", practice.CityName, title])
                    .Link(localizer["Mail.PracticeSubmitted.Action"], review)), admin.Id);
        }
    }

    /// <summary>
    /// To the practice's author, the user who submitted it last (found in its history): published, or changes
    /// requested with the reviewer's comment.
    /// </summary>
    public async Task QueueReviewedAsync(int practiceId, ReviewDecision decision, string? comment, CancellationToken cancellationToken)
    {
        if (await AuthorAsync(practiceId, cancellationToken) is not { } author)
        {
            logger.LogInformation("Best practice {PracticeId} reviewed: no author with an e-mail address to tell", practiceId);
            return;
        }

        var practice = await PracticeAsync(practiceId, cancellationToken);
        var title = practice.TitleIn(author.Language);
        var published = decision == ReviewDecision.Published;
        var link = links.To(published ? PagePaths.PracticeDetails : PagePaths.PracticeEdit, new { id = practiceId });
        outbox.Enqueue(author.Email, author.DisplayName, MailContent.InLanguage(author.Language, () =>
        {
            var mail = new MailContent(localizer[published ? "Mail.PracticePublished.Subject" : "Mail.PracticeChangesRequested.Subject", title], author.Language)
                .Paragraph(localizer["Mail.Greeting", author.DisplayName])
                .Paragraph(localizer[published ? "Mail.PracticePublished.Text" : "Mail.PracticeChangesRequested.Text", title]);
            if (!string.IsNullOrWhiteSpace(comment))
            {
                mail.Paragraph(localizer["Mail.PracticeReviewComment"]).Paragraph(comment.Trim());
            }

            return mail.Link(localizer[published ? "Mail.PracticePublished.Action" : "Mail.PracticeChangesRequested.Action"], link);
        }), author.Id);
    }

    private async Task<MailRecipient?> AuthorAsync(int practiceId, CancellationToken cancellationToken)
    {
        var key = practiceId.ToString(CultureInfo.InvariantCulture);
        var changes = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditedTypes.BestPractice && a.EntityId == key && a.UserId != null)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.UserId, a.Changes })
            .ToListAsync(cancellationToken);
        var submitter = changes.FirstOrDefault(a => a.Changes.Any(c =>
            c.Field == nameof(BestPractice.Status) && c.New == nameof(BestPracticeStatus.Submitted)))?.UserId;
        return submitter is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == submitter && u.Email != null)
            .Select(u => new MailRecipient(u.Id, u.Email!, u.DisplayName, u.Language))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<PracticeInMail> PracticeAsync(int practiceId, CancellationToken cancellationToken)
    {
        var practice = await db.BestPractices.AsNoTracking().Where(p => p.Id == practiceId)
            .Select(p => new
            {
                CityName = db.Cities.Where(c => c.Id == p.CityId).Select(c => c.Name).First(),
                Titles = p.Texts.Select(t => new { t.Language, t.Title }).ToList(),
            })
            .SingleAsync(cancellationToken);
        return new PracticeInMail(practice.CityName, practice.Titles.ToDictionary(t => t.Language.Trim(), t => t.Title));
    }

    private sealed record PracticeInMail(string CityName, IReadOnlyDictionary<string, string> Titles)
    {
        public string TitleIn(string language) =>
            Titles.TryGetValue(language, out var title) ? title : Titles.OrderBy(t => t.Key, StringComparer.Ordinal).First().Value;
    }
}
