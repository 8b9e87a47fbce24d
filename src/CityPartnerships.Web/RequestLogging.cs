using Microsoft.AspNetCore.Diagnostics;
using Serilog;

namespace CityPartnerships.Web;

public static class RequestLogging
{
    /// <summary>
    /// One log line per request, written by the host's own logger (the static Log.Logger stays silent: Program.cs
    /// preserves it, so without <see cref="Serilog.AspNetCore.RequestLoggingOptions.Logger"/> these lines were lost).
    /// A request the client gave up on (a user navigating away from a slow page) is answered and logged as 499
    /// "client closed request" at Information, not as a server error with a stack trace.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>())
            .Use(WhenClientClosedAsync);

    public static async Task WhenClientClosedAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // Nobody reads an answer any more; the page's queries were cancelled, nothing went wrong on our side.
            context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(RequestLogging).FullName!)
                .LogInformation("Client closed the request {Method} {Path} before it was answered", context.Request.Method, context.Request.Path);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
                // Nor is there anyone to show the friendly status page to.
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }
            }
        }
    }
}
