namespace CityPartnerships.Web;

internal static class SecurityHeaders
{
    // Everything the portal loads is served by itself (vendored under wwwroot/lib); inline styles are allowed
    // for the width of bars in figures, scripts never inline.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Nothing in the portal uses the camera, microphone, location, payment or other powerful browser features.
    private const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), " +
        "browsing-topics=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            await next(context);
        });

    /// <summary>
    /// Pages and exports (everything but the static files, which come before this) may carry personal data: no browser
    /// or shared cache keeps a copy unless the answer says otherwise (antiforgery sends "no-cache, no-store" with forms
    /// itself, and warns when it finds a header already set, hence when the response starts).
    /// </summary>
    public static IApplicationBuilder UseNoStoreForPages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (!context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
