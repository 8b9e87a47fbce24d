using System.Text;
using CityPartnerships.Web.Features.Mail;
using CityPartnerships.Web.Identity;
using CityPartnerships.Web.Pages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Features.Accounts;

/// <summary>
/// The mails of an account's life (invitation, password reset, new e-mail address), written in the recipient's
/// language with a link that carries a single-use token.
/// </summary>
public sealed class AccountMails(
    MailSender sender,
    MailOutbox outbox,
    IStringLocalizer<SharedResource> localizer,
    PortalLinks links,
    IOptions<InvitationTokenProviderOptions> invitationOptions)
{
    /// <summary>Sent now, so that the admin learns whether it went out.</summary>
    public Task<bool> SendInvitationAsync(ApplicationUser user, string token, string invitedBy, CancellationToken cancellationToken)
    {
        var content = Write(user.Language, () => new MailContent(localizer["Mail.Invitation.Subject"], user.Language)
            .Paragraph(localizer["Mail.Greeting", user.DisplayName])
            .Paragraph(localizer["Mail.Invitation.Text", invitedBy])
            .Link(localizer["Mail.Invitation.Action"], TokenLink(PagePaths.AcceptInvitation, user.Id, token))
            .Paragraph(localizer.Count("Mail.Invitation.Expiry", (int)Math.Ceiling(invitationOptions.Value.TokenLifespan.TotalDays)))
            .Paragraph(localizer["Mail.NotYou"]));
        return sender.SendAsync(user.Email!, user.DisplayName, content, user.Id, cancellationToken);
    }

    /// <summary>Queued: the page answers the same whether or not the address has an account.</summary>
    public void QueuePasswordReset(ApplicationUser user, string token, string language)
    {
        var content = Write(language, () => new MailContent(localizer["Mail.Reset.Subject"], language)
            .Paragraph(localizer["Mail.Greeting", user.DisplayName])
            .Paragraph(localizer["Mail.Reset.Text"])
            .Link(localizer["Mail.Reset.Action"], TokenLink(PagePaths.ResetPassword, user.Id, token))
            .Paragraph(localizer["Mail.Reset.Expiry"])
            .Paragraph(localizer["Mail.Reset.NotYou"]));
        outbox.Enqueue(user.Email!, user.DisplayName, content, user.Id);
    }

    public Task<bool> SendEmailChangeAsync(ApplicationUser user, string newEmail, string token, string language, CancellationToken cancellationToken)
    {
        var url = TokenLink(PagePaths.ConfirmEmailChange, user.Id, token, newEmail);
        var content = Write(language, () => new MailContent(localizer["Mail.EmailChange.Subject"], language)
            .Paragraph(localizer["Mail.Greeting", user.DisplayName])
            .Paragraph(localizer["Mail.EmailChange.Text"])
            .Link(localizer["Mail.EmailChange.Action"], url)
            .Paragraph(localizer["Mail.Reset.Expiry"])
            .Paragraph(localizer["Mail.NotYou"]));
        return sender.SendAsync(newEmail, user.DisplayName, content, user.Id, cancellationToken);
    }

    /// <summary>Tells the old address that the account now answers to another, in case it was not its owner who changed it.</summary>
    public void QueueEmailChangedNotice(ApplicationUser user, string oldEmail)
    {
        var content = Write(user.Language, () => new MailContent(localizer["Mail.EmailChanged.Subject"], user.Language)
            .Paragraph(localizer["Mail.Greeting", user.DisplayName])
            .Paragraph(localizer["Mail.EmailChanged.Text"])
            .Paragraph(localizer["Mail.EmailChanged.NotYou"]));
        outbox.Enqueue(oldEmail, user.DisplayName, content, user.Id);
    }

    /// <summary>Identity's tokens hold characters (+, /, =) that do not survive a query string: base64url them.</summary>
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Uri TokenLink(string page, string userId, string token, string? email = null) =>
        links.To(page, new { user = userId, token = EncodeToken(token), email });

    private static MailContent Write(string language, Func<MailContent> write) => MailContent.InLanguage(language, write);
}
