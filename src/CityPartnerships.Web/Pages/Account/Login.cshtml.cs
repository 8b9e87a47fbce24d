using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(
    UniformSignIn uniformSignIn,
    UserManager<ApplicationUser> userManager,
    IStringLocalizer<SharedResource> localizer,
    SecurityEvents securityEvents) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToPage(Roles.StartPage(User.GetPrimaryRole()));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var attempt = await uniformSignIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (attempt.Result.Succeeded)
        {
            var user = await userManager.FindByIdAsync(attempt.UserId!);
            var roles = user is null ? [] : await userManager.GetRolesAsync(user);
            await securityEvents.RecordAsync(SecurityEventType.SignInSucceeded, attempt.UserId);
            if (Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(PagePaths.ForRedirect(ReturnUrl!));
            }

            return RedirectToPage(Roles.StartPage(Roles.All.FirstOrDefault(roles.Contains)));
        }

        if (attempt.Result.RequiresTwoFactor)
        {
            return RedirectToPage(PagePaths.LoginWithTwoFactor, new { ReturnUrl, Input.RememberMe });
        }

        // One message whether the address is unknown, the password wrong or the account locked, so accounts cannot be probed.
        await securityEvents.RecordAsync(attempt.Result.IsLockedOut ? SecurityEventType.LockedOut : SecurityEventType.SignInFailed, attempt.UserId);
        ModelState.AddModelError(string.Empty, localizer["Login.Invalid"]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
