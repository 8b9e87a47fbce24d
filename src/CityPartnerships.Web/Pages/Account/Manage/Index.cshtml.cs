using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>"My account": the signed-in user's address, password and second factor, each changed on its own page.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> userManager) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public bool HasTwoFactor { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        HasTwoFactor = user.TwoFactorEnabled;
        RecoveryCodesLeft = HasTwoFactor ? await userManager.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }
}
