using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Features.Mail;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Tests.Operations;

/// <summary>
/// How the portal hands its mail to the SMTP server: a notice to every admin of the association goes out over one
/// connection, and one refused address does not keep the others from their mail.
/// </summary>
public sealed class MailSendingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static MailSender SenderTo(TestMailbox mailbox) => new(Options.Create(new MailOptions
    {
        Host = "127.0.0.1",
        Port = mailbox.Port,
        Security = SecureSocketOptions.None,
        From = "portal@citypartnerships.test",
    }), NullLogger<MailSender>.Instance);

    private static OutgoingMail MailTo(int number) =>
        new($"admin{number}@example.org", $"Admin {number}", new MailContent($"Wartet auf Prüfung: Beispiel {number}", "de").Paragraph("Bitte prüfen."), $"user-{number}");

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
    public async Task The_outbox_delivers_a_burst_of_queued_notices_in_few_connections()
    {
        await using var mailbox = TestMailbox.Start();
        var outbox = new MailOutbox(SenderTo(mailbox), NullLogger<MailOutbox>.Instance);
        foreach (var mail in Enumerable.Range(1, 300).Select(MailTo))
        {
            outbox.Enqueue(mail.ToAddress, mail.ToName, mail.Content, mail.RecipientId);
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
    }
}
