using System.Globalization;
using System.Security.Claims;

namespace CityPartnerships.Web.Authorization;

public static class PortalClaims
{
    public const string CityId = "city_id";
    public const string DisplayName = "display_name";

    /// <summary>Present when the user signs in with a second factor set up (an authenticator app).</summary>
    public const string TwoFactorEnabled = "two_factor";

    /// <summary>The time zone the user chose on "My account" (IANA id); absent for the default.</summary>
    public const string TimeZone = "time_zone";

    public static int? GetCityId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(CityId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? string.Empty;

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.HasClaim(TwoFactorEnabled, "true");

    public static string? GetPrimaryRole(this ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole);
}
