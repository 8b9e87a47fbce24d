using CityPartnerships.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace CityPartnerships.UnitTests.Operations;

public class RequestLoggingTests
{
    [Fact]
    public async Task A_request_the_client_gave_up_on_is_answered_499_not_as_a_server_error()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };

        await RequestLogging.WhenClientClosedAsync(context, ctx => throw new OperationCanceledException(ctx.RequestAborted));

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_request_the_client_gave_up_on_gets_no_status_page()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };
        var statusPages = new StatusCodePagesFeature();
        context.Features.Set<IStatusCodePagesFeature>(statusPages);

        await RequestLogging.WhenClientClosedAsync(context, ctx => throw new IOException("The client reset the request stream."));

        Assert.Equal(StatusCodes.Status499ClientClosedRequest, context.Response.StatusCode);
        Assert.False(statusPages.Enabled);
    }

    [Fact]
    public async Task A_cancellation_while_the_client_is_still_there_remains_an_error()
    {
        var context = new DefaultHttpContext();

        await Assert.ThrowsAsync<OperationCanceledException>(
            () => RequestLogging.WhenClientClosedAsync(context, _ => throw new OperationCanceledException()));
    }

    [Fact]
    public async Task Other_failures_are_not_hidden()
    {
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { RequestAborted = gone.Token };

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => RequestLogging.WhenClientClosedAsync(context, _ => throw new InvalidOperationException("a real bug")));
    }
}
