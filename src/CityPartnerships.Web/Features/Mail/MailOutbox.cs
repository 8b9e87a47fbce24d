using System.Threading.Channels;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Mail sent after the answer, for requests whose answer must not depend on whether a mail went out, nor take longer
/// when one does ("Forgot your password?" must not reveal which addresses have an account).
/// </summary>
public sealed class MailOutbox(MailSender sender, ILogger<MailOutbox> logger) : BackgroundService
{
    private readonly Channel<QueuedMail> _queue = Channel.CreateBounded<QueuedMail>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(string toAddress, string? toName, MailContent content, string recipientId)
    {
        if (!_queue.Writer.TryWrite(new QueuedMail(toAddress, toName, content, recipientId)))
        {
            logger.LogError("Mail outbox full: mail '{Subject}' to user {UserId} dropped", content.Subject, recipientId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await sender.SendAsync(mail.ToAddress, mail.ToName, mail.Content, mail.RecipientId, stoppingToken);
        }
    }

    private sealed record QueuedMail(string ToAddress, string? ToName, MailContent Content, string RecipientId);
}
