using MailKit.Security;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Where the portal's mail goes: environment variables <c>Mail__Host</c>, <c>Mail__Port</c>, <c>Mail__From</c>,
/// <c>Mail__FromName</c>, <c>Mail__Security</c>, <c>Mail__UserName</c>, <c>Mail__Password</c>, <c>Mail__PortalUrl</c>.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The SMTP server; without one the portal sends no mail and logs that it did not.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "portal@localhost";

    public string FromName { get; set; } = "CityPartnerships";

    /// <summary>
    /// StartTls (the default) refuses to send over a connection that cannot be encrypted; SslOnConnect for port 465;
    /// None only for a mail catcher on the same machine.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// The address links in mails start with (https://partnerships.example.org). Set it in production: without it
    /// links use the address of the request, which a client chooses through the Host header.
    /// </summary>
    public Uri? PortalUrl { get; set; }

    /// <summary>
    /// How often each instance looks for queued mail that is due: a retry after the mail server could not be reached,
    /// or mail left by an instance that stopped before sending it (Mail__OutboxCheckEvery).
    /// </summary>
    public TimeSpan OutboxCheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
