using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Features.Mail;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Tests.Operations;

/// <summary>
/// How the portal hands its mail to the SMTP server: a notice to every admin of the association goes out over one
/// connection, one refused address does not keep the others from their mail, and queued mail waits in the database
/// (encrypted) until a server takes it, whichever instance sends it.
/// </summary>
public sealed class MailSendingTests(PortalApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MailSender SenderTo(TestMailbox mailbox) => SenderTo(mailbox.Port);

    private static MailSender SenderTo(int port) => new(Options.Create(new MailOptions
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SecureSocketOptions.None,
        From = "portal@citypartnerships.test",
    }), NullLogger<MailSender>.Instance);

    /// <summary>A second instance's outbox on the portal's database, sending through <paramref name="sender"/>.</summary>
    private MailOutbox OutboxOf(MailSender sender) => new(sender, app.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
        app.Factory.Services.GetRequiredService<IDataProtectionProvider>(), Options.Create(new MailOptions { OutboxCheckEvery = TimeSpan.FromHours(1) }),
        TimeProvider.System, NullLogger<MailOutbox>.Instance);

    /// <summary>A port on this machine where no mail server listens: a server that is down.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whom the mail still in the database is for (other tests' mail may be there too, on its way).</summary>
    private async Task<List<string>> RecipientsWaitingAsync()
    {
        var protector = app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(MailOutbox.ProtectionPurpose);
        var payloads = await app.WithDbAsync(db => db.PendingMails.Select(m => m.Payload).ToListAsync(Cancel));
        return [.. payloads.Select(payload => JsonSerializer.Deserialize<OutgoingMail>(protector.Unprotect(payload))!.ToAddress)];
    }

    private static MailContent Notice(int number) => new MailContent($"Wartet auf Prüfung: Beispiel {number}", "de").Paragraph("Bitte prüfen.");

    private static OutgoingMail MailTo(int number) => OutgoingMail.Of($"admin{number}@example.org", $"Admin {number}", Notice(number), $"user-{number}");

    [Fact]
    public async Task Two_hundred_mails_go_out_over_one_connection_and_every_one_arrives()
    {
        await using var mailbox = TestMailbox.Start();
        var mails = Enumerable.Range(1, 200).Select(MailTo).ToList();

        var sent = await SenderTo(mailbox).SendAllAsync(mails, Cancel);

        Assert.Equal(200, sent);
        Assert.Equal(1, mailbox.ConnectionsAccepted);
        foreach (var number in new[] { 1, 100, 200 })
        {
            Assert.Equal($"Wartet auf Prüfung: Beispiel {number}", (await mailbox.WaitForMailAsync($"admin{number}@example.org")).Subject);
        }
    }

    [Fact]
    public async Task A_refused_address_is_skipped_and_the_mails_after_it_still_arrive()
    {
        await using var mailbox = TestMailbox.Start(acceptsRecipient: address => address != "admin2@example.org");

        var sent = await SenderTo(mailbox).SendAllAsync([MailTo(1), MailTo(2), MailTo(3)], Cancel);

        Assert.Equal(2, sent);
        await mailbox.WaitForMailAsync("admin3@example.org");
        Assert.Single(mailbox.Find("admin1@example.org"));
        Assert.Empty(mailbox.Find("admin2@example.org"));
    }

    [Fact]
    public async Task The_outbox_delivers_a_burst_of_queued_notices_in_few_connections_and_keeps_no_copy()
    {
        await using var mailbox = TestMailbox.Start();
        var outbox = OutboxOf(SenderTo(mailbox));
        foreach (var number in Enumerable.Range(1, 300))
        {
            outbox.Enqueue($"admin{number}@example.org", $"Admin {number}", Notice(number), $"user-{number}");
        }

        await outbox.StartAsync(Cancel);
        try
        {
            await mailbox.WaitForMailAsync("admin300@example.org", timeout: TimeSpan.FromSeconds(30));
        }
        finally
        {
            await outbox.StopAsync(Cancel);
        }

        Assert.Equal(300, Enumerable.Range(1, 300).Count(number => mailbox.Find($"admin{number}@example.org").Count == 1));
        Assert.InRange(mailbox.ConnectionsAccepted, 1, 3);
        var burst = Enumerable.Range(1, 300).Select(number => $"admin{number}@example.org").ToHashSet();
        Assert.DoesNotContain(await RecipientsWaitingAsync(), burst.Contains); // sent mail keeps no copy to be sent again
    }

    [Fact]
    public async Task Mail_queued_while_the_mail_server_is_down_waits_encrypted_in_the_database_and_another_instance_delivers_it_later()
    {
        var address = $"{Unique.Name("reset")}@example.org";
        var outbox = OutboxOf(SenderTo(ClosedPort()));
        var started = DateTime.UtcNow;

        outbox.Enqueue(address, "Erika Muster", new MailContent("Passwort zurücksetzen", "de").Paragraph("Geheimer Link: token-4711"), "user-reset");
        await outbox.StartAsync(Cancel);
        PendingMail? waiting = null;
        try
        {
            for (var i = 0; i < 100 && waiting is null; i++)
            {
                await Task.Delay(100, Cancel);
                waiting = await app.WithDbAsync(db => db.PendingMails.AsNoTracking().SingleOrDefaultAsync(m => m.CreatedAt >= started.AddSeconds(-1) && m.Attempts == 1, Cancel));
            }
        }
        finally
        {
            await outbox.StopAsync(Cancel);
        }

        Assert.NotNull(waiting);
        Assert.InRange(waiting.ClaimedUntil, DateTime.UtcNow.AddSeconds(30), DateTime.UtcNow.AddMinutes(2)); // first retry after a minute
        var stored = Encoding.UTF8.GetString(waiting.Payload);
        Assert.DoesNotContain(address, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("token-4711", stored, StringComparison.Ordinal);

        // The minute passes; the portal (another instance, its mail server up) sends it and deletes the copy.
        await app.WithDbAsync(db => db.PendingMails.Where(m => m.Id == waiting.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(p => p.ClaimedUntil, DateTime.UtcNow.AddSeconds(-1)), Cancel));
        var delivered = await app.Mailbox.WaitForMailAsync(address, "Passwort zurücksetzen");

        Assert.Contains("token-4711", delivered.TextBody, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PendingMails.AnyAsync(m => m.Id == waiting.Id, Cancel)));
    }

    [Fact]
    public async Task Mail_left_in_the_database_by_an_instance_that_stopped_is_sent_once_by_a_running_one()
    {
        var address = $"{Unique.Name("notice")}@example.org";
        var mail = OutgoingMail.Of(address, null, new MailContent("Neues gutes Beispiel", "de").Paragraph("Bitte prüfen."), "user-left");
        var protector = app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(MailOutbox.ProtectionPurpose);
        var row = new PendingMail
        {
            Id = Guid.CreateVersion7(),
            Payload = protector.Protect(JsonSerializer.SerializeToUtf8Bytes(mail)),
            CreatedAt = DateTime.UtcNow.AddMinutes(-11),
            ClaimedUntil = DateTime.UtcNow.AddMinutes(-1), // its instance's claim ran out
        };
        await app.WithDbAsync(db =>
        {
            db.PendingMails.Add(row);
            return db.SaveChangesAsync(Cancel);
        });

        await app.Mailbox.WaitForMailAsync(address, "Neues gutes Beispiel");
        await Task.Delay(TimeSpan.FromSeconds(2.5), Cancel); // two more checks of the outbox

        Assert.Single(app.Mailbox.Find(address));
        Assert.False(await app.WithDbAsync(db => db.PendingMails.AnyAsync(m => m.Id == row.Id, Cancel)));
    }
}
