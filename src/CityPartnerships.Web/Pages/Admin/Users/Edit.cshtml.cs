using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Admin.Users;

public sealed class EditModel(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer,
    Invitations invitations,
    SecurityEvents securityEvents,
    ILogger<EditModel> logger) : PageModel, IUserFormPage
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public string Id { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public bool IsLockedOut { get; private set; }

    public bool IsSelf { get; private set; }

    public bool IsInvitationPending { get; private set; }

    public bool HasTwoFactor { get; private set; }

    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await userManager.GetRolesAsync(user);
        Input = new UserInput
        {
            DisplayName = user.DisplayName,
            Role = Roles.All.FirstOrDefault(roles.Contains) ?? Roles.InternationalAffairsStaff,
            CityId = user.CityId,
        };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await Input.ValidateAssignmentAsync(db, ModelState, nameof(Input), localizer, cancellationToken);
        if (IsCurrentUser(user) && Input.Role != Roles.AssociationAdmin)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(UserInput.Role)}", localizer["Users.CannotDemoteSelf"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user, cancellationToken);
            return Page();
        }

        var previousRole = Roles.All.FirstOrDefault((await userManager.GetRolesAsync(user)).Contains);
        user.DisplayName = Input.DisplayName.Trim();
        user.CityId = Input.CityId;
        // Role, name and city in one save, so the user's history shows them as one change.
        await ReplaceRoleAsync(user, Input.Role, cancellationToken);
        var updated = await userManager.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            foreach (var error in updated.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            await LoadAsync(user, cancellationToken);
            return Page();
        }

        // Role and city travel in the sign-in cookie: a new security stamp ends the user's sessions, and the next sign-in carries the new ones.
        await userManager.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} now has role {Role} and city {CityId}", user.Id, Input.Role, Input.CityId);
        if (previousRole != Input.Role)
        {
            await securityEvents.RecordAsync(SecurityEventType.RoleChanged, user.Id, $"{previousRole} -> {Input.Role} by {userManager.GetUserId(User)}");
        }

        this.ShowSuccess(localizer["Users.Saved", user.DisplayName]);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (IsCurrentUser(user))
        {
            this.ShowError(localizer["Users.CannotLockSelf"]);
            return RedirectToPage(new { id });
        }

        await userManager.SetLockoutEnabledAsync(user, true);
        await userManager.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await userManager.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} locked out by an admin", user.Id);
        await securityEvents.RecordAsync(SecurityEventType.AccountLocked, user.Id, $"by {userManager.GetUserId(User)}");
        this.ShowSuccess(localizer["Users.Locked", user.DisplayName]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} unlocked by an admin", user.Id);
        await securityEvents.RecordAsync(SecurityEventType.AccountUnlocked, user.Id, $"by {userManager.GetUserId(User)}");
        this.ShowSuccess(localizer["Users.Unlocked", user.DisplayName]);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInviteAsync(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.IsInvitationPending)
        {
            this.ShowError(localizer["Users.AlreadyActive", user.DisplayName]);
        }
        else if (await invitations.SendAsync(user, User.GetDisplayName(), cancellationToken))
        {
            this.ShowSuccess(localizer["Users.Invited", user.DisplayName, user.Email ?? string.Empty]);
        }
        else
        {
            this.ShowError(localizer["Users.InvitationNotSent", user.DisplayName]);
        }

        return RedirectToPage(new { id });
    }

    private async Task ReplaceRoleAsync(ApplicationUser user, string role, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(cancellationToken);
        var current = await db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken);
        db.UserRoles.RemoveRange(current.Where(ur => ur.RoleId != roleId));
        if (current.All(ur => ur.RoleId != roleId))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        }
    }

    private bool IsCurrentUser(ApplicationUser user) => userManager.GetUserId(User) == user.Id;

    private async Task LoadAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        Id = user.Id;
        Email = user.Email ?? string.Empty;
        IsLockedOut = user.LockoutEnd > clock.GetUtcNow();
        IsSelf = IsCurrentUser(user);
        IsInvitationPending = user.IsInvitationPending;
        HasTwoFactor = user.TwoFactorEnabled;
        RoleOptions = UserInput.RoleOptions(localizer);
        CityOptions = await UserInput.CityOptionsAsync(db, cancellationToken);
    }
}
