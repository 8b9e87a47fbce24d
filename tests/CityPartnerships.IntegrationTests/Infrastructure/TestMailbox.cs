using System.Collections.Concurrent;
using MimeKit;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free local port (our own <see cref="SmtpListener"/>, in process): the portal sends to it
/// through MailKit exactly as it would to a production server, and tests read what arrived.
/// </summary>
public sealed class TestMailbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly SmtpListener _smtp;

    private TestMailbox(Func<string, bool>? acceptsRecipient) => _smtp = SmtpListener.Start(_received.Enqueue, acceptsRecipient);

    public int Port => _smtp.Port;

    /// <summary>How many connections the portal has opened to this server so far.</summary>
    public int ConnectionsAccepted => _smtp.ConnectionsAccepted;

    /// <summary>Starts the server; a recipient that <paramref name="acceptsRecipient"/> refuses gets "550 No such user".</summary>
    public static TestMailbox Start(Func<string, bool>? acceptsRecipient = null) => new(acceptsRecipient);

    /// <summary>The settings that point the portal at this server.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:From"] = "portal@citypartnerships.test",
        // Queued mail that is due (retries, mail of a stopped instance) is looked for every second, not every 30.
        ["Mail:OutboxCheckEvery"] = "00:00:01",
    };

    /// <summary>Waits for the first mail to <paramref name="address"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string address, string? subject = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var found = Find(address, subject);
            if (found.Count > 0)
            {
                return found[0];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail to {address} arrived within the timeout.");
    }

    public IReadOnlyList<MimeMessage> Find(string address, string? subject = null) =>
        [.. _received.Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))
            && (subject is null || (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal)))];

    /// <summary>The first link in the plain-text body that leads to <paramref name="path"/>.</summary>
    public static Uri LinkIn(MimeMessage message, string path)
    {
        var text = message.TextBody ?? throw new InvalidOperationException("The mail has no plain-text part.");
        var link = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("http", StringComparison.Ordinal)
            && line.Contains(path, StringComparison.Ordinal));
        return new Uri(link ?? throw new InvalidOperationException($"No link to {path} in: {text}"));
    }

    public ValueTask DisposeAsync() => _smtp.DisposeAsync();
}
