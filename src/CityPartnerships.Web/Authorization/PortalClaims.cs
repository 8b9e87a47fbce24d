using System.Globalization;
using System.Security.Claims;

namespace CityPartnerships.Web.Authorization;

public static class PortalClaims
{
    public const string CityId = "city_id";
    public const string DisplayName = "display_name";

    public static int? GetCityId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(CityId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? string.Empty;

    public static string? GetPrimaryRole(this ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole);
}
