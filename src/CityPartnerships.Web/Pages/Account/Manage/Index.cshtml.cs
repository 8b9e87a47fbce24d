using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>
/// "My account": the signed-in user's address, password and second factor, each changed on its own page; city staff
/// also choose here whether they get the daily deadline reminder (Features/Reminders).
/// </summary>
public sealed class IndexModel(UserManager<ApplicationUser> userManager, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public bool HasTwoFactor { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>International-affairs staff of a city: the people the deadline reminder is for.</summary>
    public bool CanReceiveReminders { get; private set; }

    [BindProperty]
    public bool ReceiveReminders { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        HasTwoFactor = user.TwoFactorEnabled;
        RecoveryCodesLeft = HasTwoFactor ? await userManager.CountRecoveryCodesAsync(user) : 0;
        CanReceiveReminders = await RemindedAsync(user);
        ReceiveReminders = !user.RemindersOff;
        return Page();
    }

    public async Task<IActionResult> OnPostRemindersAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await RemindedAsync(user))
        {
            return Forbid();
        }

        user.RemindersOff = !ReceiveReminders;
        var saved = await userManager.UpdateAsync(user);
        if (saved.Succeeded)
        {
            this.ShowSuccess(localizer[ReceiveReminders ? "Account.RemindersOn" : "Account.RemindersOff"]);
        }
        else
        {
            this.ShowError(string.Join(" ", saved.Errors.Select(e => e.Description)));
        }

        return RedirectToPage();
    }

    private async Task<bool> RemindedAsync(ApplicationUser user) =>
        user.CityId is not null && await userManager.IsInRoleAsync(user, Roles.InternationalAffairsStaff);
}
