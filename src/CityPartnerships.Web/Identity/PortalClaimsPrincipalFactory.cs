using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CityPartnerships.Web.Identity;

/// <summary>Puts the user's city, display name and time zone into the sign-in cookie, so pages need no lookup to scope data or show times.</summary>
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, "true"));
        }

        if (user.CityId is { } cityId)
        {
            identity.AddClaim(new Claim(PortalClaims.CityId, cityId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TimeZone is { } timeZone)
        {
            identity.AddClaim(new Claim(PortalClaims.TimeZone, timeZone));
        }

        return identity;
    }
}
