using System.Globalization;
using System.Net;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace CityPartnerships.Tests.Operations;

public sealed class RequestLoggingTests(PortalApp app)
{
    [Fact]
    public async Task Every_request_gets_one_line_in_the_portals_log()
    {
        var path = $"/health/live?probe={Guid.NewGuid():N}";

        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = await WaitForAsync(e => Responded(e, path.Split('?')[0], 200));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Contains("responded 200", line.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_hangs_up_mid_request_is_information_not_a_server_error()
    {
        var client = app.CreateClient();
        var marker = Guid.NewGuid().ToString("N");
        using var hangUp = new CancellationTokenSource();
        // A sign-in form whose body never finishes: the portal is still reading it when the client goes away.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/Account/Login?probe={marker}")
        {
            Content = new StreamContent(new EndlessBody(hangUp)),
        };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(request, hangUp.Token));

        var closed = await WaitForAsync(e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("Client closed the request", StringComparison.Ordinal)
            && e.RenderMessage(CultureInfo.InvariantCulture).Contains("/Account/Login", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Information, closed.Level);
        var answered = await WaitForAsync(e => Responded(e, "/Account/Login", StatusCodes.Status499ClientClosedRequest));
        Assert.Equal(LogEventLevel.Information, answered.Level);
        // Nobody is there to read an error page: the status-code page is not rendered for it.
        Assert.DoesNotContain(app.Factory.Logs.Events, e => Responded(e, "/StatusCode", StatusCodes.Status499ClientClosedRequest));
        Assert.DoesNotContain(app.Factory.Logs.Events, e => e.Level >= LogEventLevel.Error
            && e.Properties.TryGetValue("RequestPath", out var requestPath) && requestPath.ToString().Contains("/Account/Login", StringComparison.Ordinal)
            && e.Timestamp >= closed.Timestamp.AddSeconds(-10));
    }

    private static bool Responded(LogEvent line, string path, int status) =>
        line.Properties.TryGetValue("RequestPath", out var requestPath) && requestPath.ToString() == $"\"{path}\""
        && line.Properties.TryGetValue("StatusCode", out var statusCode) && statusCode.ToString() == status.ToString(CultureInfo.InvariantCulture)
        && line.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("RequestLoggingMiddleware", StringComparison.Ordinal);

    private async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (app.Factory.Logs.Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException("The expected log line was not written within 5 s:\n" + app.Factory.Logs.Text()[^Math.Min(4000, app.Factory.Logs.Text().Length)..]);
    }

    /// <summary>A request body that sends a few bytes, then hangs up the request the first time it is read again.</summary>
    private sealed class EndlessBody(CancellationTokenSource hangUp) : Stream
    {
        private bool _sentStart;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_sentStart)
            {
                _sentStart = true;
                "Input.Email="u8.CopyTo(buffer.Span);
                return "Input.Email="u8.Length;
            }

            await Task.Delay(300, CancellationToken.None);
            await hangUp.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
