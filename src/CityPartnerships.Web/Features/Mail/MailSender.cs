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

    /// <summary>Sends one mail; the recipient id names the user in the log instead of their address (personal data).</summary>
    public async Task<bool> SendAsync(string toAddress, string? toName, MailContent content, string recipientId,
        CancellationToken cancellationToken = default)
    {
        if (!_options.IsConfigured)
        {
            logger.LogWarning("No mail server configured (Mail__Host): mail '{Subject}' to user {UserId} not sent", content.Subject, recipientId);
            return false;
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.Add(new MailboxAddress(toName ?? string.Empty, toAddress));
        message.Subject = content.Subject;
        message.Body = new BodyBuilder { TextBody = content.TextBody, HtmlBody = content.HtmlBody }.ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, content.Language);

        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(_options.Host!, _options.Port, _options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            logger.LogInformation("Mail '{Subject}' sent to user {UserId}", content.Subject, recipientId);
            return true;
        }
        catch (Exception exception) when (exception is MailKit.ProtocolException or MailKit.CommandException or IOException
            or System.Net.Sockets.SocketException or System.Security.Authentication.AuthenticationException)
        {
            logger.LogError(exception, "Mail '{Subject}' to user {UserId} could not be sent through {MailHost}:{MailPort}",
                content.Subject, recipientId, _options.Host, _options.Port);
            return false;
        }
    }
}
