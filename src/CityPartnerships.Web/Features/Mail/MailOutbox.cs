using System.Threading.Channels;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Mail sent after the answer, for requests whose answer must not depend on whether a mail went out, nor take longer
/// when one does ("Forgot your password?" must not reveal which addresses have an account). What is waiting is sent
/// in batches over one connection, so a notice to every admin does not queue one connection per admin.
/// </summary>
public sealed class MailOutbox(MailSender sender, ILogger<MailOutbox> logger) : BackgroundService
{
    private const int BatchSize = 100;

    private readonly Channel<OutgoingMail> _queue = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(string toAddress, string? toName, MailContent content, string recipientId)
    {
        if (!_queue.Writer.TryWrite(new OutgoingMail(toAddress, toName, content, recipientId)))
        {
            logger.LogError("Mail outbox full: mail '{Subject}' to user {UserId} dropped", content.Subject, recipientId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<OutgoingMail>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var mail))
            {
                batch.Add(mail);
            }

            await sender.SendAllAsync(batch, stoppingToken);
        }
    }
}
