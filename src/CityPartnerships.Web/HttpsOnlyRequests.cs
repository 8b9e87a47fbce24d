using System.Net;

namespace CityPartnerships.Web;

/// <summary>
/// With Cookies:HttpsOnly (Production) every cookie needs HTTPS, so no page with a form can be rendered for a request
/// that arrived over plain HTTP: antiforgery refuses to set its cookie, and the error page has forms too. Such a request
/// means the TLS proxy is missing or not trusted (ForwardedHeaders). The visitor gets a page that says so, with the
/// HTTPS address, instead of a 500. There is no redirect: behind an untrusted proxy it would loop forever.
/// Health checks stay reachable over HTTP, as the proxy and the orchestrator probe the instance directly.
/// </summary>
internal static class HttpsOnlyRequests
{
    public static IApplicationBuilder UseHttpsOnlyRequests(this IApplicationBuilder app, PortalCookies cookies)
    {
        if (!cookies.HttpsOnly)
        {
            return app;
        }

        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsOnlyRequests));
        var warned = 0;
        return app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            if (Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning("A request arrived over plain HTTP while Cookies:HttpsOnly is on; it was answered with an explanation instead of the page. Put the TLS proxy in front and name it in ForwardedHeaders:KnownProxies (docs/operations.md). Further such requests are not logged.");
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/html; charset=utf-8";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.WriteAsync(Page(HttpsAddress(context.Request)));
            }
        });
    }

    private static string? HttpsAddress(HttpRequest request) =>
        request.Host.HasValue ? $"https://{request.Host.Host}{request.PathBase}{request.Path}{request.QueryString}" : null;

    private static string Page(string? httpsAddress)
    {
        var link = httpsAddress is null ? string.Empty : WebUtility.HtmlEncode(httpsAddress);
        var open = httpsAddress is null ? string.Empty : $"""<p><a href="{link}">{link}</a></p>""";
        return $"""
            <!DOCTYPE html>
            <html lang="de">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>HTTPS erforderlich · HTTPS required</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
            <main>
            <h1>Dieses Portal antwortet nur über HTTPS</h1>
            <p>Bitte öffnen Sie die sichere Adresse:</p>
            {open}
            <p>Für den Betrieb: Die Anfrage kam unverschlüsselt beim Portal an. Stellen Sie den TLS-Proxy davor und tragen Sie ihn in <code>ForwardedHeaders__KnownProxies</code> ein (docs/operations.md).</p>
            <div lang="en">
            <h2>This portal only answers over HTTPS</h2>
            <p>Please open the secure address above.</p>
            <p>For operators: the request reached the portal over plain HTTP. Put the TLS proxy in front and name it in <code>ForwardedHeaders__KnownProxies</code> (docs/operations.md).</p>
            </div>
            </main>
            </body>
            </html>
            """;
    }
}
