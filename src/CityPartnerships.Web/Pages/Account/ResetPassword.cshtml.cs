using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>A new password from the link in the reset mail; the link works once (the new password changes the security stamp).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class ResetPasswordModel(
    UserManager<ApplicationUser> userManager,
    SecurityEvents securityEvents,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkIsValid { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindByLinkAsync();
        LinkIsValid = user is not null;
        Email = user?.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindByLinkAsync();
        LinkIsValid = user is not null;
        if (user is null)
        {
            return Page();
        }

        Email = user.Email ?? string.Empty;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reset = await userManager.ResetPasswordAsync(user, AccountMails.DecodeToken(Token)!, Input.NewPassword);
        if (!reset.Succeeded)
        {
            NewPasswordInput.ShowErrors(reset, ModelState);
            return Page();
        }

        // Whoever locked the account by guessing is locked out of this password anyway.
        await userManager.ResetAccessFailedCountAsync(user);
        await securityEvents.RecordAsync(SecurityEventType.PasswordReset, user.Id);
        this.ShowSuccess(localizer["ResetPassword.Done"]);
        return RedirectToPage(PagePaths.Login);
    }

    private async Task<ApplicationUser?> FindByLinkAsync()
    {
        var token = AccountMails.DecodeToken(Token);
        if (string.IsNullOrEmpty(UserId) || token is null || await userManager.FindByIdAsync(UserId) is not { } user)
        {
            return null;
        }

        var valid = await userManager.VerifyUserTokenAsync(user, userManager.Options.Tokens.PasswordResetTokenProvider,
            UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token);
        return valid ? user : null;
    }
}
