using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signInManager, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IActionResult OnGet() => RedirectToPage(PagePaths.Home);

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        this.ShowSuccess(localizer["Logout.Done"]);
        return RedirectToPage(PagePaths.Home);
    }
}
