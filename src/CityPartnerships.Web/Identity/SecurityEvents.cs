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
/// id. Never pass passwords, tokens or cookies as the detail.
/// </summary>
public sealed class SecurityEvents(ILogger<SecurityEvents> logger, IHttpContextAccessor httpContextAccessor)
{
    public Task RecordAsync(SecurityEventType type, string? userId, string? detail = null)
    {
        var httpContext = httpContextAccessor.HttpContext;
        logger.LogInformation(
            "Security event {SecurityEvent} for user {UserId} from {ClientAddress} ({CorrelationId}) {Detail}",
            type,
            userId,
            httpContext?.Connection.RemoteIpAddress?.ToString(),
            httpContext?.TraceIdentifier,
            detail);
        return Task.CompletedTask;
    }
}
