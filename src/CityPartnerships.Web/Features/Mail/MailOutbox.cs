using System.Data.Common;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Features.Mail;

/// <summary>
/// Mail sent after the answer, for requests whose answer must not depend on whether a mail went out, nor take longer
/// when one does ("Forgot your password?" must not reveal which addresses have an account). The request only hands
/// the mail over in memory; this service then stores it in the database (<see cref="PendingMail"/>, encrypted) before
/// sending, so that a restart, a killed instance or a mail server that is down loses nothing: any instance sends what
/// is due, retrying an unreachable server after 1, 2, 4 … 64 minutes (about as long as a reset link is valid). What is
/// waiting goes out in batches of up to 100 over one connection. Only the milliseconds between the hand-over and the
/// database are in memory alone.
/// </summary>
public sealed class MailOutbox(MailSender sender, IServiceScopeFactory scopes, IDataProtectionProvider protection, IOptions<MailOptions> options,
    TimeProvider clock, ILogger<MailOutbox> logger) : BackgroundService
{
    public const string ProtectionPurpose = "CityPartnerships.MailOutbox";

    /// <summary>How long an instance holds a mail it is sending before another may take it (it may have died).</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(10);

    private const int BatchSize = 100;
    private const int MaxAttempts = 8;

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectionPurpose);

    private readonly Channel<OutgoingMail> _queue = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Enqueue(string toAddress, string? toName, MailContent content, string recipientId)
    {
        if (!sender.IsConfigured)
        {
            logger.LogWarning("No mail server configured (Mail__Host): mail '{Subject}' to user {UserId} not sent", content.Subject, recipientId);
            return;
        }

        if (!_queue.Writer.TryWrite(OutgoingMail.Of(toAddress, toName, content, recipientId)))
        {
            logger.LogError("Mail outbox full: mail '{Subject}' to user {UserId} dropped", content.Subject, recipientId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!sender.IsConfigured)
        {
            return;
        }

        var nextCheck = clock.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // Due mail first when its time has come, so that a steady stream of new mail cannot keep retries waiting.
                    if (clock.GetUtcNow() >= nextCheck)
                    {
                        nextCheck = clock.GetUtcNow() + options.Value.OutboxCheckEvery;
                        await SendDueAsync(stoppingToken);
                        continue;
                    }

                    var batch = Take();
                    if (batch.Count > 0)
                    {
                        await SendNewAsync(batch, stoppingToken);
                    }
                    else
                    {
                        await WaitForMailAsync(nextCheck - clock.GetUtcNow(), stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Whatever went wrong, the outbox keeps running: what was stored is tried again at the next check.
                    logger.LogError(exception, "The mail outbox failed a step; it goes on");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Stopping: what was handed over but not yet stored waits in the database for the next instance.
        var left = Take(int.MaxValue);
        if (left.Count > 0)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await TryStoreAsync(left, clock.GetUtcNow().UtcDateTime, timeout.Token);
        }
    }

    private List<OutgoingMail> Take(int most = BatchSize)
    {
        var batch = new List<OutgoingMail>();
        while (batch.Count < most && _queue.Reader.TryRead(out var mail))
        {
            batch.Add(mail);
        }

        return batch;
    }

    private async Task WaitForMailAsync(TimeSpan longest, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        wait.CancelAfter(longest > TimeSpan.Zero ? longest : TimeSpan.Zero);
        try
        {
            await _queue.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stores the mails just handed over, sends them, and settles each by what the server did.</summary>
    private async Task SendNewAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var stored = await TryStoreAsync(mails, clock.GetUtcNow().UtcDateTime + Claim, cancellationToken);
        var deliveries = await sender.SendEachAsync(mails, cancellationToken);
        if (stored is not null)
        {
            await TrySettleAsync([.. stored.Select((id, i) => (id, Attempts: 0, deliveries[i]))]);
        }
    }

    /// <summary>Takes up to a batch of due mail (retries, and mail of instances that stopped) and sends it.</summary>
    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await WithDbAsync(db => db.Database.SqlQuery<ClaimedMail>($"""
                UPDATE "PendingMails" SET "ClaimedUntil" = {now + Claim}
                WHERE "Id" IN (SELECT "Id" FROM "PendingMails" WHERE "ClaimedUntil" <= {now}
                               ORDER BY "CreatedAt" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING "Id", "Payload", "Attempts"
                """).ToListAsync(cancellationToken));
            var readable = claimed.Select(row => (Row: row, Mail: Read(row.Payload))).ToList();
            var sendable = readable.Where(r => r.Mail is not null).ToList();
            var deliveries = sendable.Count == 0 ? [] : await sender.SendEachAsync([.. sendable.Select(r => r.Mail!)], cancellationToken);
            // A mail that cannot be decrypted can never be sent: it is settled like a refused one.
            await TrySettleAsync([.. sendable.Select((r, i) => (r.Row.Id, r.Row.Attempts, deliveries[i])),
                .. readable.Where(r => r.Mail is null).Select(r => (r.Row.Id, r.Row.Attempts, MailDelivery.Refused))]);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Queued mail could not be read from the database; trying again in {Interval}", options.Value.OutboxCheckEvery);
        }
    }

    /// <summary>The stored ids in the order of the mails, or null when the database could not take them (they are sent anyway).</summary>
    private async Task<Guid[]?> TryStoreAsync(IReadOnlyList<OutgoingMail> mails, DateTime claimedUntil, CancellationToken cancellationToken)
    {
        var ids = mails.Select(_ => Guid.CreateVersion7()).ToArray();
        var payloads = mails.Select(mail => _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(mail))).ToArray();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
                INSERT INTO "PendingMails" ("Id", "Payload", "CreatedAt", "ClaimedUntil", "Attempts")
                SELECT id, payload, {now}, {claimedUntil}, 0 FROM unnest({ids}, {payloads}) AS m(id, payload)
                """, cancellationToken));
            return ids;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "{Count} mails could not be stored before sending; they are sent without a copy to retry from", mails.Count);
            return null;
        }
    }

    /// <summary>
    /// Sent and refused mail is done; mail the server could not take waits for its next attempt, up to the last.
    /// Not cancelled when the instance stops: the mail has gone out, and an outcome not stored sends it a second time.
    /// </summary>
    private async Task TrySettleAsync(IReadOnlyList<(Guid Id, int Attempts, MailDelivery Delivery)> results)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var cancellationToken = timeout.Token;
        var now = clock.GetUtcNow().UtcDateTime;
        var retries = results.Where(r => r.Delivery == MailDelivery.NotSent && r.Attempts + 1 < MaxAttempts).ToList();
        var done = results.Where(r => !retries.Contains(r)).Select(r => r.Id).ToArray();
        var givenUp = results.Count(r => r.Delivery == MailDelivery.NotSent && r.Attempts + 1 >= MaxAttempts);
        if (givenUp > 0)
        {
            logger.LogError("{Count} mails given up after {Attempts} attempts: the mail server could not be reached", givenUp, MaxAttempts);
        }

        try
        {
            if (done.Length > 0)
            {
                await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""DELETE FROM "PendingMails" WHERE "Id" = ANY({done})""", cancellationToken));
            }

            if (retries.Count > 0)
            {
                var ids = retries.Select(r => r.Id).ToArray();
                var attempts = retries.Select(r => r.Attempts + 1).ToArray();
                var due = retries.Select(r => now + TimeSpan.FromMinutes(Math.Pow(2, r.Attempts))).ToArray();
                await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""
                    UPDATE "PendingMails" AS p SET "Attempts" = r.attempts, "ClaimedUntil" = r.due
                    FROM unnest({ids}, {attempts}, {due}) AS r(id, attempts, due) WHERE p."Id" = r.id
                    """, cancellationToken));
                logger.LogWarning("{Count} mails wait for the mail server; next attempt from {Due:u}", retries.Count, due.Min());
            }
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or OperationCanceledException)
        {
            // The claim runs out and another check sends them again: a mail may then arrive twice, none is lost.
            logger.LogWarning(exception, "The outcome of {Count} mails could not be stored", results.Count);
        }
    }

    // A singleton reaches the pooled context through a scope of its own for each step.
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private OutgoingMail? Read(byte[] payload)
    {
        try
        {
            return JsonSerializer.Deserialize<OutgoingMail>(_protector.Unprotect(payload));
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or JsonException)
        {
            logger.LogError(exception, "A queued mail could not be decrypted (data-protection keys replaced?) and was dropped");
            return null;
        }
    }

    private sealed record ClaimedMail(Guid Id, byte[] Payload, int Attempts);
}
