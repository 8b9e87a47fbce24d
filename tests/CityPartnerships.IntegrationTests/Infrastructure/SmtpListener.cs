using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// A minimal SMTP server (RFC 5321) for the tests on a free port of 127.0.0.1, several connections at a time:
/// EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP and QUIT. No AUTH and no STARTTLS: the portal under test sends with
/// <c>Mail:Security=None</c> and no user name. It advertises 8BITMIME (message bytes are kept as they arrive) and
/// PIPELINING (commands are read from a buffer and answered in order). Every message is parsed with MimeKit and
/// handed to <c>onMessage</c>.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    // RFC 5321 allows 512 octets per command line and 1000 per text line; the limits are generous, they only keep a
    // broken client from filling the memory.
    private const int MaxCommandLineLength = 4096;
    private const int MaxDataLineLength = 64 * 1024;
    private const int MaxMessageLength = 32 * 1024 * 1024;
    private const int MaxRecipients = 100;

    private readonly Action<MimeMessage> _onMessage;
    private readonly Func<string, bool> _acceptsRecipient;
    private int _connectionsAccepted;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private Task _accepting = Task.CompletedTask;

    private SmtpListener(Action<MimeMessage> onMessage, Func<string, bool> acceptsRecipient)
    {
        _onMessage = onMessage;
        _acceptsRecipient = acceptsRecipient;
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections clients have opened so far.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref _connectionsAccepted);

    /// <summary>Starts listening; a recipient that <paramref name="acceptsRecipient"/> refuses gets "550 No such user".</summary>
    public static SmtpListener Start(Action<MimeMessage> onMessage, Func<string, bool>? acceptsRecipient = null)
    {
        var smtp = new SmtpListener(onMessage, acceptsRecipient ?? (_ => true));
        smtp._listener.Start();
        smtp._accepting = smtp.AcceptAsync();
        return smtp;
    }

    /// <summary>Stops listening, closes open connections and waits until every connection has ended.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open);
        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException
                && _stop.IsCancellationRequested)
            {
                return;
            }

            Interlocked.Increment(ref _connectionsAccepted);
            lock (_connections)
            {
                _connections.RemoveAll(connection => connection.IsCompleted);
                _connections.Add(Task.Run(() => ServeAsync(client, _stop.Token)));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using var connection = client;
        client.NoDelay = true; // replies are small: without this each waits for the delayed acknowledgement (~40 ms a command)
        var stream = client.GetStream();
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            await ReplyAsync(stream, stop, "220 localhost ESMTP test mailbox");
            var session = new Session(_acceptsRecipient);
            while (await ReadLineAsync(reader, MaxCommandLineLength, stop) is { } line)
            {
                var command = Encoding.UTF8.GetString(line).TrimEnd('\r', '\n');
                var space = command.IndexOf(' ', StringComparison.Ordinal);
                var verb = (space < 0 ? command : command[..space]).ToUpperInvariant();
                var argument = space < 0 ? string.Empty : command[(space + 1)..].Trim();
                if (verb == "QUIT")
                {
                    await ReplyAsync(stream, stop, "221 Bye");
                    return;
                }

                var reply = verb == "DATA"
                    ? [session.DataRefusal(argument) ?? await ReceiveMessageAsync(stream, reader, session, stop)]
                    : session.Handle(verb, argument);
                await ReplyAsync(stream, stop, reply);
            }
        }
        catch (InvalidDataException)
        {
            await ReplyQuietlyAsync(stream, "500 Line too long", stop);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException
            or ObjectDisposedException)
        {
            // The client went away or the listener stops: nothing left to answer.
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private async Task<string> ReceiveMessageAsync(NetworkStream stream, PipeReader reader, Session session, CancellationToken stop)
    {
        await ReplyAsync(stream, stop, "354 End data with <CR><LF>.<CR><LF>");
        using var message = new MemoryStream();
        var tooLarge = false;
        while (true)
        {
            var line = await ReadLineAsync(reader, MaxDataLineLength, stop) ?? throw new IOException("The client closed the connection during DATA.");
            if (line is [(byte)'.', (byte)'\r', (byte)'\n'] or [(byte)'.', (byte)'\n'])
            {
                break;
            }

            // Dot-unstuffing (RFC 5321 4.5.2): the client doubled every dot that starts a line.
            var text = line.AsSpan(line[0] == (byte)'.' ? 1 : 0);
            tooLarge |= message.Length + text.Length > MaxMessageLength;
            if (!tooLarge)
            {
                message.Write(text);
            }
        }

        session.Reset();
        if (tooLarge)
        {
            return "552 Message exceeds the size limit";
        }

        message.Position = 0;
        MimeMessage parsed;
        try
        {
            parsed = await MimeMessage.LoadAsync(message, stop);
        }
        catch (FormatException)
        {
            return "554 Message could not be parsed";
        }

        _onMessage(parsed);
        return "250 Message accepted";
    }

    /// <summary>One line including its line feed, null when the client closed the connection.</summary>
    private static async Task<byte[]?> ReadLineAsync(PipeReader reader, int maxLength, CancellationToken stop)
    {
        while (true)
        {
            var result = await reader.ReadAsync(stop);
            var buffer = result.Buffer;
            if (buffer.PositionOf((byte)'\n') is { } lineFeed)
            {
                var end = buffer.GetPosition(1, lineFeed);
                var line = buffer.Slice(0, end);
                if (line.Length > maxLength)
                {
                    throw new InvalidDataException("Line too long");
                }

                var bytes = line.ToArray();
                reader.AdvanceTo(end);
                return bytes;
            }

            if (buffer.Length > maxLength)
            {
                throw new InvalidDataException("Line too long");
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static async Task ReplyAsync(NetworkStream stream, CancellationToken stop, params string[] lines) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(string.Concat(lines.Select(line => line + "\r\n"))), stop);

    private static async Task ReplyQuietlyAsync(NetworkStream stream, string line, CancellationToken stop)
    {
        try
        {
            await ReplyAsync(stream, stop, line);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException
            or ObjectDisposedException)
        {
        }
    }

    /// <summary>The state of one connection: greeted or not, and the mail transaction under way.</summary>
    private sealed class Session(Func<string, bool> acceptsRecipient)
    {
        private bool _greeted;
        private string? _sender;
        private int _recipients;

        public void Reset()
        {
            _sender = null;
            _recipients = 0;
        }

        /// <summary>Why DATA cannot start now, or null when it can.</summary>
        public string? DataRefusal(string argument) =>
            argument.Length > 0 ? "501 Syntax: DATA"
            : _sender is null ? "503 Need MAIL command"
            : _recipients == 0 ? "503 Need RCPT command"
            : null;

        public string[] Handle(string verb, string argument) => verb switch
        {
            "EHLO" when argument.Length == 0 => ["501 Syntax: EHLO hostname"],
            "EHLO" => Greet(["250-localhost", "250-8BITMIME", "250 PIPELINING"]),
            "HELO" when argument.Length == 0 => ["501 Syntax: HELO hostname"],
            "HELO" => Greet(["250 localhost"]),
            "MAIL" => [Mail(argument)],
            "RCPT" => [Recipient(argument)],
            "RSET" => Reset(["250 OK"]),
            "NOOP" => ["250 OK"],
            "AUTH" or "STARTTLS" or "BDAT" or "VRFY" or "EXPN" or "HELP" or "ETRN" => ["502 Command not implemented"],
            _ => ["500 Command not recognized"],
        };

        private string[] Greet(string[] reply)
        {
            _greeted = true;
            return Reset(reply);
        }

        private string[] Reset(string[] reply)
        {
            Reset();
            return reply;
        }

        private string Mail(string argument)
        {
            if (!_greeted)
            {
                return "503 Send EHLO or HELO first";
            }

            if (_sender is not null)
            {
                return "503 Nested MAIL command";
            }

            if (!TryParsePath(argument, "FROM:", out var sender, out var parameters))
            {
                return "501 Syntax: MAIL FROM:<address>";
            }

            // BODY is the only parameter of the extensions advertised (8BITMIME, RFC 6152).
            if (parameters.Any(parameter => !parameter.Equals("BODY=7BIT", StringComparison.OrdinalIgnoreCase)
                && !parameter.Equals("BODY=8BITMIME", StringComparison.OrdinalIgnoreCase)))
            {
                return "555 MAIL FROM parameters not recognized or not implemented";
            }

            _sender = sender;
            return "250 OK";
        }

        private string Recipient(string argument)
        {
            if (_sender is null)
            {
                return "503 Need MAIL before RCPT";
            }

            if (!TryParsePath(argument, "TO:", out var recipient, out var parameters) || recipient.Length == 0)
            {
                return "501 Syntax: RCPT TO:<address>";
            }

            if (parameters.Length > 0)
            {
                return "555 RCPT TO parameters not recognized or not implemented";
            }

            if (_recipients == MaxRecipients)
            {
                return "452 Too many recipients";
            }

            if (!acceptsRecipient(recipient))
            {
                return "550 No such user";
            }

            _recipients++;
            return "250 OK";
        }

        /// <summary>"FROM:&lt;a@b&gt; BODY=8BITMIME" into the address inside the brackets and the parameters after them.</summary>
        private static bool TryParsePath(string argument, string prefix, out string address, out string[] parameters)
        {
            address = string.Empty;
            parameters = [];
            if (!argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var path = argument[prefix.Length..].TrimStart();
            var close = path.IndexOf('>', StringComparison.Ordinal);
            if (!path.StartsWith('<') || close < 0)
            {
                return false;
            }

            address = path[1..close];
            parameters = path[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return true;
        }
    }
}
