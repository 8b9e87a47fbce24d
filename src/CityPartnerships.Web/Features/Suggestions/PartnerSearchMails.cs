using CityPartnerships.Web.Features.Mail;
using CityPartnerships.Web.Pages;

namespace CityPartnerships.Web.Features.Suggestions;

/// <summary>
/// Tells the posting city's staff that another city answered their post on the board. The mail names the answering
/// city and links to the post; the reply itself and its contact stay in the portal, behind the sign-in.
/// </summary>
public sealed class PartnerSearchMails(AppDbContext db, MailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task QueueReplyAsync(int postId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reply = await db.PartnerSearches.AsNoTracking().Where(s => s.Id == postId)
            .Select(s => new
            {
                s.CityId,
                From = s.Replies.OrderByDescending(r => r.RepliedAt).ThenByDescending(r => r.Id)
                    .Select(r => db.Cities.Where(c => c.Id == r.CityId).Select(c => c.Name).First()).First(),
            })
            .SingleAsync(cancellationToken);
        var staff = await (from user in db.Users.AsNoTracking()
                           join link in db.UserRoles on user.Id equals link.UserId
                           join role in db.Roles on link.RoleId equals role.Id
                           where role.Name == Roles.InternationalAffairsStaff && user.CityId == reply.CityId && user.Email != null
                               && user.PasswordHash != null && (user.LockoutEnd == null || user.LockoutEnd < now)
                           select new { user.Id, Email = user.Email!, user.DisplayName, user.Language })
            .ToListAsync(cancellationToken);
        var post = links.To(PagePaths.BoardPost, new { id = postId });
        foreach (var user in staff)
        {
            outbox.Enqueue(user.Email, user.DisplayName, MailContent.InLanguage(user.Language, () =>
                new MailContent(localizer["Mail.BoardReply.Subject", reply.From], user.Language)
                    .Paragraph(localizer["Mail.Greeting", user.DisplayName])
                    .Paragraph(localizer["Mail.BoardReply.Text", reply.From])
                    .Link(localizer["Mail.BoardReply.Action"], post)), user.Id);
        }
    }
}
