using CityPartnerships.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>The invited user chooses their own password; the link works once and only until it expires.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class AcceptInvitationModel(Invitations invitations, IStringLocalizer<SharedResource> localizer) : PageModel
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
        var user = await invitations.FindByLinkAsync(UserId, Token);
        LinkIsValid = user is not null;
        Email = user?.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await invitations.FindByLinkAsync(UserId, Token);
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

        var accepted = await invitations.AcceptAsync(user, Input.NewPassword);
        if (!accepted.Succeeded)
        {
            NewPasswordInput.ShowErrors(accepted, ModelState);
            return Page();
        }

        this.ShowSuccess(localizer["Invitation.Accepted"]);
        return RedirectToPage(PagePaths.Login);
    }
}
