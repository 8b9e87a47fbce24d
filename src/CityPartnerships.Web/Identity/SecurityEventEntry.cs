namespace CityPartnerships.Web.Identity;

/// <summary>
/// A stored security event, so that admins see what happened to an account. Deliberately small: what, when, whose,
/// from where and which request; never a password, token, cookie or the text someone typed.
/// </summary>
public sealed class SecurityEventEntry
{
    public const int ClientAddressMaxLength = 45;
    public const int CorrelationIdMaxLength = 64;

    public long Id { get; private set; }

    public DateTime OccurredAt { get; init; }

    public SecurityEventType Type { get; init; }

    /// <summary>The account concerned, when known (a sign-in attempt for an unknown address has none).</summary>
    public string? UserId { get; init; }

    public string? ClientAddress { get; init; }

    public string? CorrelationId { get; init; }
}
