using System.ComponentModel.DataAnnotations;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>
/// Sets up an authenticator app (scan, then prove it works with a code), shows recovery codes once, and lets users
/// who may go without (everyone but association admins) turn it off again.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    SecurityEvents securityEvents,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int RecoveryCodeCount = 10;

    // Where Identity's EF store keeps the authenticator key (UserStoreBase's InternalLoginProvider and token name).
    private const string AuthenticatorKeyProvider = "[AspNetUserStore]";
    private const string AuthenticatorKeyName = "AuthenticatorKey";

    [BindProperty]
    public VerifyInput Input { get; set; } = new();

    public bool IsEnabled { get; private set; }

    public bool IsRequired { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeSvg { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>Shown once, right after they were made; never stored anywhere but as hashes.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = new string([.. Input.Code.Where(char.IsDigit)]);
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(VerifyInput.Code)}", localizer["TwoFactor.CodeInvalid"]);
            await LoadAsync(user);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await securityEvents.RecordAsync(SecurityEventType.TwoFactorEnabled, user.Id);
        // The sign-in cookie now says the user has a second factor, which opens the admin pages.
        await signInManager.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await userManager.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await userManager.IsInRoleAsync(user, Roles.AssociationAdmin))
        {
            this.ShowError(localizer["TwoFactor.RequiredForAdmins"]);
            return RedirectToPage();
        }

        await userManager.SetTwoFactorEnabledAsync(user, false);
        // A new key, so that the old app entry (and anyone who copied it) is of no further use.
        await userManager.ResetAuthenticatorKeyAsync(user);
        await securityEvents.RecordAsync(SecurityEventType.TwoFactorDisabled, user.Id);
        await signInManager.RefreshSignInAsync(user);
        this.ShowSuccess(localizer["TwoFactor.Disabled"]);
        return RedirectToPage(PagePaths.MyAccount);
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        IsRequired = await userManager.IsInRoleAsync(user, Roles.AssociationAdmin);
        if (IsEnabled)
        {
            RecoveryCodesLeft = await userManager.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first key replaces nothing, so unlike ResetAuthenticatorKeyAsync it keeps the security stamp: opening
            // this page must not end the user's sessions on other devices.
            key = userManager.GenerateNewAuthenticatorKey();
            await userManager.SetAuthenticationTokenAsync(user, AuthenticatorKeyProvider, AuthenticatorKeyName, key);
        }

        SharedKey = AuthenticatorLink.Readable(key);
        AuthenticatorUri = AuthenticatorLink.Uri(user.Email ?? string.Empty, key);
        QrCodeSvg = AuthenticatorLink.QrCodeSvg(AuthenticatorUri);
    }

    public sealed class VerifyInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(16, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.TwoFactorCode")]
        public string Code { get; set; } = string.Empty;
    }
}
