using System.ComponentModel.DataAnnotations;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>A new password, after the current one: a session left open on a shared computer is not enough to change it.</summary>
public sealed class PasswordModel(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    SecurityEvents securityEvents,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var changed = await userManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors.Where(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ChangePasswordInput.CurrentPassword)}", error.Description);
            }

            NewPasswordInput.ShowErrors(IdentityResult.Failed([.. changed.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.PasswordMismatch))]), ModelState);
            return Page();
        }

        // The password change gave the account a new security stamp: this session carries on, others end.
        await signInManager.RefreshSignInAsync(user);
        await securityEvents.RecordAsync(SecurityEventType.PasswordChanged, user.Id);
        this.ShowSuccess(localizer["Account.PasswordChanged"]);
        return RedirectToPage(PagePaths.MyAccount);
    }

    public sealed class ChangePasswordInput : NewPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(MaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = string.Empty;
    }
}
