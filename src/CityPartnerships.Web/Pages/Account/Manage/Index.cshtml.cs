using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>
/// "My account": the signed-in user's address, password and second factor, each changed on its own page; the time zone
/// times are shown in; city staff also choose here whether they get the daily deadline reminder (Features/Reminders).
/// </summary>
public sealed class IndexModel(UserManager<ApplicationUser> userManager, SignInManager<ApplicationUser> signInManager,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public string Email { get; private set; } = string.Empty;

    public bool HasTwoFactor { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>International-affairs staff of a city: the people the deadline reminder is for.</summary>
    public bool CanReceiveReminders { get; private set; }

    [BindProperty]
    public bool ReceiveReminders { get; set; }

    /// <summary>The IANA id of the time zone the user reads times in.</summary>
    [BindProperty]
    public string? TimeZoneChoice { get; set; }

    public IReadOnlyList<SelectListItem> TimeZoneOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        ReceiveReminders = !user.RemindersOff;
        TimeZoneChoice = user.TimeZone ?? Formats.DefaultTimeZoneId;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostTimeZoneAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!TimeZones.TryFind(TimeZoneChoice, out var zone))
        {
            ModelState.AddModelError(nameof(TimeZoneChoice), localizer["Account.TimeZoneUnknown"]);
            ReceiveReminders = !user.RemindersOff;
            await LoadAsync(user);
            return Page();
        }

        user.TimeZone = zone.Id == Formats.DefaultTimeZoneId ? null : zone.Id;
        var saved = await userManager.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            this.ShowError(string.Join(" ", saved.Errors.Select(e => e.Description)));
            return RedirectToPage();
        }

        // The choice travels in the sign-in cookie: renew it so the next page already shows the new time.
        await signInManager.RefreshSignInAsync(user);
        this.ShowSuccess(localizer["Account.TimeZoneSaved", TimeZones.Label(zone, clock.GetUtcNow().UtcDateTime)]);
        return RedirectToPage();
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

    private async Task LoadAsync(ApplicationUser user)
    {
        Email = user.Email ?? string.Empty;
        HasTwoFactor = user.TwoFactorEnabled;
        RecoveryCodesLeft = HasTwoFactor ? await userManager.CountRecoveryCodesAsync(user) : 0;
        CanReceiveReminders = await RemindedAsync(user);
        var now = clock.GetUtcNow().UtcDateTime;
        TimeZoneOptions = [.. TimeZones.Choices.Select(zone => new SelectListItem(TimeZones.Label(zone, now), zone.Id))];
    }

    private async Task<bool> RemindedAsync(ApplicationUser user) =>
        user.CityId is not null && await userManager.IsInRoleAsync(user, Roles.InternationalAffairsStaff);
}
