using CityPartnerships.Web.Identity;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>Who receives the portal's notices to the association.</summary>
public static class MailRecipients
{
    /// <summary>Every association admin who can sign in (has a password, is not locked out) and has an e-mail address.</summary>
    public static Task<List<MailRecipient>> AssociationAdminsAsync(AppDbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReachableInRole(db, Roles.AssociationAdmin, now)
            .Select(user => new MailRecipient(user.Id, user.Email!, user.DisplayName, user.Language))
            .ToListAsync(cancellationToken);

    /// <summary>The international-affairs staff of these cities who can sign in and have not turned reminders off, with their city.</summary>
    public static async Task<List<(int CityId, MailRecipient Recipient)>> CityStaffForRemindersAsync(AppDbContext db, List<int> cityIds,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staff = await ReachableInRole(db, Roles.InternationalAffairsStaff, now)
            .Where(user => user.CityId != null && cityIds.Contains(user.CityId.Value) && !user.RemindersOff)
            .OrderBy(user => user.CityId).ThenBy(user => user.Id)
            .Select(user => new { CityId = user.CityId!.Value, user.Id, user.Email, user.DisplayName, user.Language })
            .ToListAsync(cancellationToken);
        return [.. staff.Select(s => (s.CityId, new MailRecipient(s.Id, s.Email!, s.DisplayName, s.Language)))];
    }

    /// <summary>The users of a role who can sign in (have a password, are not locked out) and have an e-mail address.</summary>
    private static IQueryable<ApplicationUser> ReachableInRole(AppDbContext db, string roleName, DateTimeOffset now) =>
        from user in db.Users.AsNoTracking()
        join link in db.UserRoles on user.Id equals link.UserId
        join role in db.Roles on link.RoleId equals role.Id
        where role.Name == roleName && user.Email != null && user.PasswordHash != null
            && (user.LockoutEnd == null || user.LockoutEnd < now)
        select user;
}

/// <summary>A user a mail goes to, in their language.</summary>
public sealed record MailRecipient(string Id, string Email, string DisplayName, string Language);
