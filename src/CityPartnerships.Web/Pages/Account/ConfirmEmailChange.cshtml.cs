using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>The link in the mail to the new address: only now does the account answer to it (and sign in with it).</summary>
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    AccountMails mails,
    SecurityEvents securityEvents,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public bool Confirmed { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>A link with a part missing (cut off by a mail program) says so at once instead of offering a button that cannot work.</summary>
    public void OnGet(string? user, string? email, string? token)
    {
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(email) || AccountMails.DecodeToken(token) is null)
        {
            Problem = localizer["Account.EmailLinkInvalid"];
        }
    }

    /// <summary>A POST from the page the link opens: mail scanners that follow links must not change the account.</summary>
    public async Task<IActionResult> OnPostAsync(string? user, string? email, string? token)
    {
        var decoded = AccountMails.DecodeToken(token);
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(email) || decoded is null
            || await userManager.FindByIdAsync(user) is not { } account)
        {
            Problem = localizer["Account.EmailLinkInvalid"];
            return Page();
        }

        var oldEmail = account.Email!;
        var changed = await userManager.ChangeEmailAsync(account, email, decoded);
        if (!changed.Succeeded)
        {
            Problem = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))
                ? localizer["Identity.DuplicateEmail", email]
                : localizer["Account.EmailLinkInvalid"];
            return Page();
        }

        // The address is also the name people sign in with.
        await userManager.SetUserNameAsync(account, email);
        await securityEvents.RecordAsync(SecurityEventType.EmailChanged, account.Id);
        mails.QueueEmailChangedNotice(account, oldEmail);
        if (userManager.GetUserId(User) == account.Id)
        {
            await signInManager.RefreshSignInAsync(account);
        }

        Confirmed = true;
        return Page();
    }
}
