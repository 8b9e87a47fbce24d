using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>
/// "Forgot your password?": the answer is the same, and as quick, whether or not the address has an account; only the
/// owner of an account's mailbox learns more, from the mail.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> userManager, AccountMails mails, SecurityEvents securityEvents) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email.Trim());
        // Invited users without a password yet get their invitation again from an admin, not a reset link.
        if (user is { IsInvitationPending: false })
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            mails.QueuePasswordReset(user, token, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            await securityEvents.RecordAsync(SecurityEventType.PasswordResetRequested, user.Id);
        }

        Requested = true;
        return Page();
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;
    }
}
