using System.Data.Common;
using System.Security.Claims;

namespace CityPartnerships.Web.Identity;

/// <summary>What happened to an account or an access decision, as operators and admins need to see it.</summary>
public enum SecurityEventType
{
    SignInSucceeded,
    SignInFailed,
    LockedOut,
    SignedOut,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorFailed,
    RecoveryCodeUsed,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    EmailChanged,
    InvitationSent,
    InvitationAccepted,
    RoleChanged,
    AccountLocked,
    AccountUnlocked,
    AccessDenied,
}

/// <summary>
/// The one place that records security events: a structured log line with user id, client address and correlation
/// id, and a row in the SecurityEvents table (without the detail) that admins see on the user's page. Never pass
/// passwords, tokens or cookies as the detail.
/// </summary>
public sealed class SecurityEvents(
    ILogger<SecurityEvents> logger,
    IHttpContextAccessor httpContextAccessor,
    IServiceScopeFactory scopeFactory,
    TimeProvider clock)
{
    public async Task RecordAsync(SecurityEventType type, string? userId, string? detail = null)
    {
        var httpContext = httpContextAccessor.HttpContext;
        var clientAddress = httpContext?.Connection.RemoteIpAddress?.ToString();
        var correlationId = httpContext?.TraceIdentifier;
        logger.Log(
            IsWarning(type) ? LogLevel.Warning : LogLevel.Information,
            "Security event {SecurityEvent} for user {UserId} from {ClientAddress} ({CorrelationId}) {Detail}",
            type,
            userId,
            clientAddress,
            correlationId,
            detail);

        try
        {
            // Its own unit of work: recording must neither save nor be rolled back with what the page has pending.
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.SecurityEvents.Add(new SecurityEventEntry
            {
                OccurredAt = clock.GetUtcNow().UtcDateTime,
                Type = type,
                UserId = userId,
                ClientAddress = clientAddress?[..Math.Min(clientAddress.Length, SecurityEventEntry.ClientAddressMaxLength)],
                CorrelationId = correlationId?[..Math.Min(correlationId.Length, SecurityEventEntry.CorrelationIdMaxLength)],
            });
            await db.SaveChangesAsync();
        }
        catch (Exception error) when (error is DbException or DbUpdateException)
        {
            // The log line above is the record of last resort; a database hiccup must not turn a sign-in into an error.
            logger.LogError(error, "Security event {SecurityEvent} ({CorrelationId}) could not be stored", type, correlationId);
        }
    }

    /// <summary>An access refused to the signed-in user of the current request (403, or 404 for a record they may not know of).</summary>
    public Task RecordAccessDeniedAsync(string detail)
    {
        var user = httpContextAccessor.HttpContext?.User;
        return RecordAsync(SecurityEventType.AccessDenied, user?.FindFirstValue(ClaimTypes.NameIdentifier), detail);
    }

    private static bool IsWarning(SecurityEventType type) =>
        type is SecurityEventType.SignInFailed or SecurityEventType.LockedOut or SecurityEventType.TwoFactorFailed
            or SecurityEventType.AccessDenied;
}
