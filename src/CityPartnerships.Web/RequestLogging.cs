using Serilog;

namespace CityPartnerships.Web;

public static class RequestLogging
{
    /// <summary>
    /// One log line per request. A request the client gave up on (a user navigating away from a slow page) is answered
    /// and logged as 499 "client closed request" at Information, not as a server error with a stack trace.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging().Use(WhenClientClosedAsync);

    public static async Task WhenClientClosedAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // Nobody reads an answer any more; the page's queries were cancelled, nothing went wrong on our side.
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }
        }
    }
}
