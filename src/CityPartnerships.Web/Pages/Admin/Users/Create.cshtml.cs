using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Admin.Users;

/// <summary>An admin invites a user; the user chooses their own password from the link in the invitation mail.</summary>
public sealed class CreateModel(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    Invitations invitations,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel, IUserFormPage
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    UserInput IUserFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await LoadOptionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Input.ValidateAssignmentAsync(db, ModelState, nameof(Input), localizer, cancellationToken);
        if (!PortalCultures.IsSupported(Input.Language))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(NewUserInput.Language)}", localizer["Validation.Required", localizer["Field.MailLanguage"]]);
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CityId = Input.CityId,
            Language = Input.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(NewUserInput.Email)}", error.Description);
            }

            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        await userManager.AddToRoleAsync(user, Input.Role);
        if (await invitations.SendAsync(user, User.GetDisplayName(), cancellationToken))
        {
            this.ShowSuccess(localizer["Users.Invited", user.DisplayName, email]);
        }
        else
        {
            this.ShowError(localizer["Users.InvitationNotSent", user.DisplayName]);
        }

        return RedirectToPage(PagePaths.UserEdit, new { id = user.Id });
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        RoleOptions = UserInput.RoleOptions(localizer);
        CityOptions = await UserInput.CityOptionsAsync(db, cancellationToken);
    }

    public sealed class NewUserInput : UserInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [EmailAddress(ErrorMessage = "Validation.Email")]
        [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(ApplicationUser.LanguageMaxLength, ErrorMessage = "Validation.MaxLength")]
        [Display(Name = "Field.MailLanguage")]
        public string Language { get; set; } = PortalCultures.English;
    }
}
