using CityPartnerships.Domain.Projects;
using CityPartnerships.Domain.Reminders;
using CityPartnerships.Web.Features.Mail;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Features.Reminders;

/// <summary>
/// The daily reminder to a city's international-affairs staff: the activities of their city's partnerships that begin,
/// and the project ideas whose application deadline falls, a week from today or tomorrow (<see cref="DeadlineReminder"/>).
/// One mail per person, in their language, only when something is due; staff who turned reminders off on "My account"
/// get none. Sent by <see cref="ReminderJob"/>, once per day across all instances.
/// </summary>
public sealed class DeadlineReminders(AppDbContext db, MailSender sender, IOptions<MailOptions> mailOptions, PortalLinks links,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    /// <summary>What is due on <paramref name="today"/>, by city (the partnership's own city, whose staff keep its records).</summary>
    public async Task<List<ReminderItemView>> DueAsync(DateOnly today, int leadDays, CancellationToken cancellationToken)
    {
        var dates = DeadlineReminder.DatesDueOn(today, leadDays).ToList();
        // Joined through Partnerships, so that the filter on deleted partnerships applies to their records as well.
        var activities = await db.Activities.AsNoTracking()
            .Where(a => dates.Contains(a.StartsOn))
            .Join(db.Partnerships, a => a.PartnershipId, p => p.Id, (a, p) =>
                new ReminderItemView(p.CityId, p.Id, ReminderKind.ActivityBegins, a.Title, a.StartsOn, p.PartnerCity!.Name))
            .ToListAsync(cancellationToken);
        var deadlines = await db.Projects.AsNoTracking()
            .Where(Project.Open)
            .Where(pr => pr.Status == ProjectStatus.Idea && pr.ApplicationDeadline != null && dates.Contains(pr.ApplicationDeadline.Value))
            .Join(db.Partnerships, pr => pr.PartnershipId, p => p.Id, (pr, p) =>
                new ReminderItemView(p.CityId, p.Id, ReminderKind.ApplicationDeadline, pr.Title, pr.ApplicationDeadline!.Value, p.PartnerCity!.Name))
            .ToListAsync(cancellationToken);
        return [.. activities.Concat(deadlines).OrderBy(i => i.Date).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }

    /// <summary>Mails each city's staff what is due; returns what was done, for the job's log and its row.</summary>
    public async Task<string> SendAsync(DateOnly today, int leadDays, CancellationToken cancellationToken)
    {
        var due = await DueAsync(today, leadDays, cancellationToken);
        var byCity = due.GroupBy(i => i.CityId).ToDictionary(g => g.Key, g => g.ToList());
        var recipients = byCity.Count == 0
            ? []
            : await MailRecipients.CityStaffForRemindersAsync(db, [.. byCity.Keys], clock.GetUtcNow(), cancellationToken);
        var sent = 0;
        foreach (var (cityId, recipient) in recipients)
        {
            var mail = MailContent.InLanguage(recipient.Language, () => Write(recipient, byCity[cityId]));
            if (await sender.SendAsync(recipient.Email, recipient.DisplayName, mail, recipient.Id, cancellationToken))
            {
                sent++;
            }
        }

        return $"{due.Count} dates due in {byCity.Count} cities; {sent} of {recipients.Count} mails sent";
    }

    private MailContent Write(MailRecipient recipient, List<ReminderItemView> items)
    {
        var mail = new MailContent(localizer["Mail.DeadlineReminder.Subject"], recipient.Language)
            .Paragraph(localizer["Mail.Greeting", recipient.DisplayName])
            .Paragraph(localizer["Mail.DeadlineReminder.Text"]);
        foreach (var item in items)
        {
            var line = item.Kind == ReminderKind.ActivityBegins ? "Mail.DeadlineReminder.Activity" : "Mail.DeadlineReminder.Deadline";
            mail.Paragraph(localizer[line, Formats.Date(item.Date), item.Title, item.PartnerCityName]);
        }

        // Outside a request, links need the portal's address from configuration (Mail__PortalUrl).
        if (mailOptions.Value.PortalUrl is not null)
        {
            mail.Link(localizer["Mail.DeadlineReminder.Action"], links.To(Pages.PagePaths.MyCity));
        }

        return mail.Paragraph(localizer["Mail.DeadlineReminder.TurnOff"]);
    }
}

public enum ReminderKind
{
    ActivityBegins,
    ApplicationDeadline,
}

public sealed record ReminderItemView(int CityId, int PartnershipId, ReminderKind Kind, string Title, DateOnly Date, string PartnerCityName);
