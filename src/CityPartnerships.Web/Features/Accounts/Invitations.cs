using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Features.Accounts;

/// <summary>Invitations from the user pages: a new link for each sending, which makes every earlier link useless.</summary>
public sealed class Invitations(UserManager<ApplicationUser> userManager, AccountMails mails, SecurityEvents securityEvents)
{
    public async Task<bool> SendAsync(ApplicationUser user, string invitedBy, CancellationToken cancellationToken)
    {
        // Invitation tokens are bound to the security stamp: a new stamp retires every earlier link.
        await userManager.UpdateSecurityStampAsync(user);
        var token = await userManager.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        var sent = await mails.SendInvitationAsync(user, token, invitedBy, cancellationToken);
        if (sent)
        {
            await securityEvents.RecordAsync(SecurityEventType.InvitationSent, user.Id);
        }

        return sent;
    }

    /// <summary>The invited user, when the link is still good (not used, not expired, not replaced by a newer one).</summary>
    public async Task<ApplicationUser?> FindByLinkAsync(string? userId, string? encodedToken)
    {
        var token = AccountMails.DecodeToken(encodedToken);
        if (string.IsNullOrEmpty(userId) || token is null || await userManager.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        var valid = user.IsInvitationPending
            && await userManager.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token);
        return valid ? user : null;
    }

    /// <summary>Sets the invited user's first password; the link is spent once this succeeds.</summary>
    public async Task<IdentityResult> AcceptAsync(ApplicationUser user, string password)
    {
        var added = await userManager.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return added;
        }

        // The mail reached its owner: the address is confirmed. AddPasswordAsync has already changed the stamp.
        user.EmailConfirmed = true;
        await userManager.UpdateAsync(user);
        await securityEvents.RecordAsync(SecurityEventType.InvitationAccepted, user.Id);
        return added;
    }
}
