using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;

namespace CityPartnerships.Web.Pages;

/// <summary>The language switch: remembers the choice in a cookie for a year and returns to the page the user was on.</summary>
[AllowAnonymous]
public sealed class CultureModel(PortalCookies cookies) : PageModel
{
    public IActionResult OnGet() => RedirectToPage(PagePaths.Home);

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (PortalCultures.IsSupported(culture))
        {
            Response.Cookies.Append(
                cookies.Culture,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(PagePaths.ForRedirect(returnUrl!)) : RedirectToPage(PagePaths.Home);
    }
}
