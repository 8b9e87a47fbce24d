using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Sends the portal's mail through the configured SMTP server. A mail that cannot be sent is logged (never its
/// links: they carry tokens) and reported as not sent, so the page can say so; it never fails the request.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, ILogger<MailSender> logger)
{
    private readonly MailOptions _options = options.Value;

    public bool IsConfigured => _options.IsConfigured;

    /// <summary>Sends one mail; the recipient id names the user in the log instead of their address (personal data).</summary>
    public async Task<bool> SendAsync(string toAddress, string? toName, MailContent content, string recipientId,
        CancellationToken cancellationToken = default) =>
        await SendAllAsync([OutgoingMail.Of(toAddress, toName, content, recipientId)], cancellationToken) == 1;

    /// <summary>Sends the mails over one connection and returns how many were sent (see <see cref="SendEachAsync"/>).</summary>
    public async Task<int> SendAllAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken = default) =>
        (await SendEachAsync(mails, cancellationToken)).Count(delivery => delivery == MailDelivery.Sent);

    /// <summary>
    /// Sends the mails over one connection (a notice to every admin is one session, not one per admin) and returns
    /// what became of each. A refused recipient is logged and skipped; a broken connection ends the batch, and every
    /// mail not yet sent is logged as not sent.
    /// </summary>
    public async Task<IReadOnlyList<MailDelivery>> SendEachAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken = default)
    {
        var deliveries = Enumerable.Repeat(MailDelivery.NotSent, mails.Count).ToArray();
        if (!_options.IsConfigured)
        {
            foreach (var mail in mails)
            {
                logger.LogWarning("No mail server configured (Mail__Host): mail '{Subject}' to user {UserId} not sent", mail.Subject, mail.RecipientId);
            }

            return deliveries;
        }

        var done = 0; // mails sent or refused; the rest are not sent if the connection breaks
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(_options.Host!, _options.Port, _options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken);
            }

            foreach (var mail in mails)
            {
                try
                {
                    await client.SendAsync(Message(mail), cancellationToken);
                    deliveries[done] = MailDelivery.Sent;
                    logger.LogInformation("Mail '{Subject}' sent to user {UserId}", mail.Subject, mail.RecipientId);
                }
                catch (SmtpCommandException exception) when (client.IsConnected)
                {
                    deliveries[done] = MailDelivery.Refused;
                    logger.LogError(exception, "Mail '{Subject}' to user {UserId} was refused by {MailHost}:{MailPort}",
                        mail.Subject, mail.RecipientId, _options.Host, _options.Port);
                }

                done++;
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is MailKit.ProtocolException or MailKit.CommandException or IOException
            or System.Net.Sockets.SocketException or System.Security.Authentication.AuthenticationException)
        {
            foreach (var mail in mails.Skip(done))
            {
                logger.LogError(exception, "Mail '{Subject}' to user {UserId} could not be sent through {MailHost}:{MailPort}",
                    mail.Subject, mail.RecipientId, _options.Host, _options.Port);
            }
        }

        return deliveries;
    }

    private MimeMessage Message(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? string.Empty, mail.ToAddress));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, mail.Language);
        return message;
    }
}

/// <summary>
/// One mail to one recipient, written out (so it can wait in the database); the recipient id names the user in the log
/// instead of their address (personal data).
/// </summary>
public sealed record OutgoingMail(string ToAddress, string? ToName, string Subject, string Language, string TextBody, string HtmlBody,
    string RecipientId)
{
    public static OutgoingMail Of(string toAddress, string? toName, MailContent content, string recipientId) =>
        new(toAddress, toName, content.Subject, content.Language, content.TextBody, content.HtmlBody, recipientId);
}

/// <summary>What became of a mail handed to the SMTP server.</summary>
public enum MailDelivery
{
    /// <summary>Not sent: no server configured, or it could not be reached; worth trying again.</summary>
    NotSent,

    Sent,

    /// <summary>The server refused it (e.g. an unknown address): trying again would not help.</summary>
    Refused,
}
