using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace CityPartnerships.Web.Pages;

/// <summary>
/// The language switch: remembers the choice in a cookie for a year and returns to the page the user was on. For a
/// signed-in user it is also the language the portal writes their mails in.
/// </summary>
[AllowAnonymous]
public sealed class CultureModel(UserManager<ApplicationUser> userManager, PortalCookies cookies) : PageModel
{
    public IActionResult OnGet() => RedirectToPage(PagePaths.Home);

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (PortalCultures.IsSupported(culture))
        {
            if (await userManager.GetUserAsync(User) is { } user && !string.Equals(user.Language, culture, StringComparison.OrdinalIgnoreCase))
            {
                user.Language = culture!.ToLowerInvariant();
                await userManager.UpdateAsync(user);
            }

            Response.Cookies.Append(
                cookies.Culture,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(PagePaths.ForRedirect(returnUrl!)) : RedirectToPage(PagePaths.Home);
    }
}
