using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account.Manage;

/// <summary>
/// A new e-mail address takes effect only from the link sent to it, so that nobody moves an account to an address
/// they cannot read (and a typo does not lock its owner out).
/// </summary>
public sealed class EmailModel(
    UserManager<ApplicationUser> userManager,
    AccountMails mails,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public ChangeEmailInput Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        CurrentEmail = user.Email ?? string.Empty;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var newEmail = Input.NewEmail.Trim();
        if (!await userManager.CheckPasswordAsync(user, Input.CurrentPassword))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ChangeEmailInput.CurrentPassword)}", localizer["Identity.PasswordMismatch"]);
            return Page();
        }

        if (string.Equals(newEmail, CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ChangeEmailInput.NewEmail)}", localizer["Account.EmailUnchanged"]);
            return Page();
        }

        // Whether another account uses the address is checked when the link is followed, so this form does not tell.
        var token = await userManager.GenerateChangeEmailTokenAsync(user, newEmail);
        var sent = await mails.SendEmailChangeAsync(user, newEmail, token, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        if (sent)
        {
            this.ShowSuccess(localizer["Account.EmailLinkSent", newEmail]);
        }
        else
        {
            this.ShowError(localizer["Account.MailNotSent"]);
        }

        return RedirectToPage(PagePaths.MyAccount);
    }

    public sealed class ChangeEmailInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.NewEmail")]
        public string NewEmail { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = string.Empty;
    }
}
