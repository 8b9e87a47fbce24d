using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>The tests' own SMTP server: what MailKit (the portal's sender) and a plain client see of it.</summary>
public sealed class SmtpListenerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_mail_with_umlauts_and_lines_starting_with_a_dot_arrives_intact()
    {
        await using var mailbox = TestMailbox.Start();
        const string body = "Liebe Grüße aus Köln,\r\n.eine Zeile mit Punkt\r\n..zwei Punkte\r\n.\r\nÄÖÜ äöü ß – Ende\r\n";

        await SendAsync(mailbox.Port, Mail("staedte@example.org", "Städtepartnerschaft: Grüße aus Köln", body));

        var mail = await mailbox.WaitForMailAsync("staedte@example.org");
        Assert.Equal("Städtepartnerschaft: Grüße aus Köln", mail.Subject);
        Assert.Equal(body.ReplaceLineEndings("\n"), mail.TextBody?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Two_mails_over_one_connection_both_arrive()
    {
        await using var mailbox = TestMailbox.Start();
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", mailbox.Port, SecureSocketOptions.None, Cancel);

        await client.SendAsync(Mail("first@example.org", "Erste", "eins"), Cancel);
        await client.SendAsync(Mail("second@example.org", "Zweite", "zwei"), Cancel);
        await client.DisconnectAsync(quit: true, Cancel);

        Assert.Equal("Erste", (await mailbox.WaitForMailAsync("first@example.org")).Subject);
        Assert.Equal("Zweite", (await mailbox.WaitForMailAsync("second@example.org")).Subject);
    }

    [Fact]
    public async Task Commands_get_the_reply_codes_of_rfc_5321_and_the_message_is_dot_unstuffed()
    {
        await using var mailbox = TestMailbox.Start();
        await using var session = await PlainSession.OpenAsync(mailbox.Port);

        Assert.Equal("220", await session.ReadReplyCodeAsync());
        Assert.Equal("503", await session.SendAsync("MAIL FROM:<a@example.org>"));
        Assert.Equal("501", await session.SendAsync("EHLO"));
        Assert.Equal(["250-localhost", "250-8BITMIME", "250 PIPELINING"], await session.SendForLinesAsync("EHLO client.test"));
        Assert.Equal("503", await session.SendAsync("RCPT TO:<b@example.org>"));
        Assert.Equal("503", await session.SendAsync("DATA"));
        Assert.Equal("501", await session.SendAsync("MAIL <a@example.org>"));
        Assert.Equal("555", await session.SendAsync("MAIL FROM:<a@example.org> SIZE=100"));
        Assert.Equal("250", await session.SendAsync("MAIL FROM:<a@example.org> BODY=8BITMIME"));
        Assert.Equal("503", await session.SendAsync("MAIL FROM:<a@example.org>"));
        Assert.Equal("503", await session.SendAsync("DATA"));
        Assert.Equal("250", await session.SendAsync("RCPT TO:<b@example.org>"));
        Assert.Equal("250", await session.SendAsync("NOOP"));
        Assert.Equal("250", await session.SendAsync("RSET"));
        Assert.Equal("503", await session.SendAsync("DATA"));
        Assert.Equal("502", await session.SendAsync("STARTTLS"));
        Assert.Equal("500", await session.SendAsync("XYZZY"));
        Assert.Equal("250", await session.SendAsync("MAIL FROM:<>"));
        Assert.Equal("250", await session.SendAsync("RCPT TO:<b@example.org>"));
        Assert.Equal("354", await session.SendAsync("DATA"));
        Assert.Equal("250", await session.SendAsync("To: b@example.org\r\nSubject: plain\r\n\r\n..stuffed\r\n...\r\nlast\r\n."));
        Assert.Equal("221", await session.SendAsync("QUIT"));

        var mail = await mailbox.WaitForMailAsync("b@example.org");
        Assert.Equal(".stuffed\n..\nlast\n", mail.TextBody?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_second_connection_is_served_while_the_first_is_in_the_middle_of_a_message()
    {
        await using var mailbox = TestMailbox.Start();
        await using var slow = await PlainSession.OpenAsync(mailbox.Port);
        await slow.ReadReplyCodeAsync();
        await slow.SendAsync("HELO slow.test");
        await slow.SendAsync("MAIL FROM:<slow@example.org>");
        await slow.SendAsync("RCPT TO:<slow@example.org>");
        Assert.Equal("354", await slow.SendAsync("DATA"));
        await slow.WriteAsync("To: slow@example.org\r\nSubject: slow\r\n\r\nhalf");

        await SendAsync(mailbox.Port, Mail("fast@example.org", "fast", "whole"));
        Assert.Equal("fast", (await mailbox.WaitForMailAsync("fast@example.org")).Subject);
        Assert.Empty(mailbox.Find("slow@example.org"));

        Assert.Equal("250", await slow.SendAsync(" of it\r\n."));
        Assert.Equal("slow", (await mailbox.WaitForMailAsync("slow@example.org")).Subject);
    }

    [Fact]
    public async Task Dispose_closes_open_connections_and_stops_listening()
    {
        var mailbox = TestMailbox.Start();
        var port = mailbox.Port;
        await using var open = await PlainSession.OpenAsync(port);
        await open.ReadReplyCodeAsync();

        await mailbox.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), Cancel);

        Assert.Null(await open.ReadLineAsync());
        await Assert.ThrowsAnyAsync<SocketException>(() => PlainSession.OpenAsync(port));
    }

    private static MimeMessage Mail(string to, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress("Portal", "portal@example.org"));
        message.To.Add(new MailboxAddress(string.Empty, to));
        return message;
    }

    private static async Task SendAsync(int port, MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, Cancel);
        await client.SendAsync(message, Cancel);
        await client.DisconnectAsync(quit: true, Cancel);
    }

    /// <summary>An SMTP conversation typed line by line, to see the server's reply codes.</summary>
    private sealed class PlainSession(TcpClient client, StreamReader reader) : IAsyncDisposable
    {
        public static async Task<PlainSession> OpenAsync(int port)
        {
            var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port, Cancel);
            }
            catch
            {
                client.Dispose();
                throw;
            }

            return new PlainSession(client, new StreamReader(client.GetStream(), Encoding.ASCII));
        }

        public async Task WriteAsync(string text) =>
            await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes(text), Cancel);

        /// <summary>Sends one line and returns the reply's code.</summary>
        public async Task<string> SendAsync(string line)
        {
            await WriteAsync(line + "\r\n");
            return await ReadReplyCodeAsync();
        }

        public async Task<string[]> SendForLinesAsync(string line)
        {
            await WriteAsync(line + "\r\n");
            var lines = new List<string>();
            do
            {
                lines.Add(await ReadLineAsync() ?? throw new IOException("The server closed the connection."));
            }
            while (lines[^1].Length > 3 && lines[^1][3] == '-');

            return [.. lines];
        }

        public async Task<string> ReadReplyCodeAsync() =>
            (await ReadLineAsync() ?? throw new IOException("The server closed the connection."))[..3];

        public async Task<string?> ReadLineAsync() => await reader.ReadLineAsync(Cancel);

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            client.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
