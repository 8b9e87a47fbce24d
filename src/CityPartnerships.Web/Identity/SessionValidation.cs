using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Identity;

/// <summary>
/// Sessions that end on the server. Every request of a signed-in user compares the cookie's security stamp with the
/// account's (one read by primary key, measured in docs/benchmarks.md), so sign-out, a password change and an admin's
/// lock end every session of that user at once, including copies of the cookie. A session also ends
/// <see cref="AbsoluteLifetime"/> after sign-in however active it was; <see cref="IdleTimeout"/> is the cookie's own
/// sliding expiry.
/// </summary>
public static class SessionValidation
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    private const string SignedInAtKey = ".signedInAt";

    // Every signed-in request runs it: compiled once instead of EF looking the query up in its cache each time.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<string?>> _currentStamp = EF.CompileAsyncQuery(
        (AppDbContext db, string userId, CancellationToken cancellationToken) => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefault());

    /// <summary>
    /// A sign-in starts a new session; refreshing the cookie of a running one (after a password change) keeps its start.
    /// </summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAtKey))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claimTypes.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claimTypes.SecurityStampClaimType);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (userId is null || stamp is null || SignedInAt(context.Properties) is not { } signedInAt || now - signedInAt > AbsoluteLifetime)
        {
            await EndAsync(context);
            return;
        }

        var current = await _currentStamp(services.GetRequiredService<AppDbContext>(), userId, context.HttpContext.RequestAborted);
        if (current != stamp)
        {
            await EndAsync(context);
        }
    }

    private static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            ? signedInAt
            : null;

    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
