using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    SecurityEvents securityEvents,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IActionResult OnGet() => RedirectToPage(PagePaths.Home);

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of this user on the server, including copies of the cookie.
        if (await userManager.GetUserAsync(User) is { } user)
        {
            await userManager.UpdateSecurityStampAsync(user);
            await securityEvents.RecordAsync(SecurityEventType.SignedOut, user.Id);
        }

        await signInManager.SignOutAsync();
        this.ShowSuccess(localizer["Logout.Done"]);
        return RedirectToPage(PagePaths.Home);
    }
}
