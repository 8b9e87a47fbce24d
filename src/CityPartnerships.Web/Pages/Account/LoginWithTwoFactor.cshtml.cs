using System.ComponentModel.DataAnnotations;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>The second step of signing in: the code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginWithTwoFactorModel(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IStringLocalizer<SharedResource> localizer,
    SecurityEvents securityEvents) : PageModel
{
    [BindProperty]
    public TwoFactorInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage(PagePaths.Login) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The password step expired (after five minutes) or never happened.
            return RedirectToPage(PagePaths.Login);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string([.. Input.Code.Where(c => !char.IsWhiteSpace(c))]);
        var isRecoveryCode = code.Length > 6;
        var result = isRecoveryCode
            ? await signInManager.TwoFactorRecoveryCodeSignInAsync(code)
            : await signInManager.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            if (isRecoveryCode)
            {
                await securityEvents.RecordAsync(SecurityEventType.RecoveryCodeUsed, user.Id, $"{await userManager.CountRecoveryCodesAsync(user)} left");
            }

            await securityEvents.RecordAsync(SecurityEventType.SignInSucceeded, user.Id, "two-factor");
            if (Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl);
            }

            var roles = await userManager.GetRolesAsync(user);
            return RedirectToPage(Roles.StartPage(Roles.All.FirstOrDefault(roles.Contains)));
        }

        if (result.IsLockedOut)
        {
            await securityEvents.RecordAsync(SecurityEventType.LockedOut, user.Id);
            ModelState.AddModelError(string.Empty, localizer["Login.LockedOut"]);
        }
        else
        {
            await securityEvents.RecordAsync(SecurityEventType.TwoFactorFailed, user.Id);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(TwoFactorInput.Code)}", localizer["TwoFactor.CodeInvalid"]);
        }

        return Page();
    }

    public sealed class TwoFactorInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(32, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.TwoFactorCode")]
        public string Code { get; set; } = string.Empty;
    }
}
