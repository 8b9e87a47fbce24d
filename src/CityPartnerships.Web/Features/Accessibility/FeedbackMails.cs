using CityPartnerships.Domain.Accessibility;
using CityPartnerships.Web.Features.Mail;

namespace CityPartnerships.Web.Features.Accessibility;

/// <summary>
/// Tells every association admin, in their language, that someone reported a barrier, with the whole report and a
/// link to the feedback list. Queued, so the person who wrote it never waits for the mail server. The subject is
/// fixed: the mail log names subjects, and the report may hold personal data.
/// </summary>
public sealed class FeedbackMails(AppDbContext db, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public const string FeedbackListPage = "/Admin/Feedback/Index";

    public async Task QueueReceivedAsync(AccessibilityFeedback feedback, CancellationToken cancellationToken)
    {
        var admins = await MailRecipients.AssociationAdminsAsync(db, clock.GetUtcNow(), cancellationToken);
        var list = links.To(FeedbackListPage);
        foreach (var admin in admins)
        {
            outbox.Enqueue(admin.Email, admin.DisplayName, MailContent.InLanguage(admin.Language, () =>
            {
                var mail = new MailContent(localizer["Mail.AccessibilityFeedback.Subject"], admin.Language)
                    .Paragraph(localizer["Mail.Greeting", admin.DisplayName])
                    .Paragraph(localizer["Mail.AccessibilityFeedback.Text"])
                    .Paragraph(feedback.Problem)
                    .Paragraph(localizer["Mail.AccessibilityFeedback.Page", feedback.Page ?? localizer["AccessibilityFeedback.NoPage"]])
                    .Paragraph(localizer["Mail.AccessibilityFeedback.From",
                        feedback.Name ?? localizer["AccessibilityFeedback.Anonymous"], feedback.Email ?? localizer["AccessibilityFeedback.NoEmail"]]);
                return mail.Link(localizer["Mail.AccessibilityFeedback.Action"], list);
            }), admin.Id);
        }
    }
}
