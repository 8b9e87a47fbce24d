using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Pages.Admin.Users;

public sealed class CreateModel(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer,
    ILogger<CreateModel> logger) : PageModel, IUserFormPage
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    UserInput IUserFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> RoleOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Input.ValidateAssignmentAsync(db, ModelState, nameof(Input), localizer, cancellationToken);
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
            EmailConfirmed = true,
            DisplayName = Input.DisplayName.Trim(),
            CityId = Input.CityId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await userManager.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewUserInput.Password) : nameof(NewUserInput.Email);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }

            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        await userManager.AddToRoleAsync(user, Input.Role);
        logger.LogInformation("User {UserId} created with role {Role} by an admin", user.Id, Input.Role);
        this.ShowSuccess(localizer["Users.Created", user.DisplayName]);
        return RedirectToPage("Index");
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
        [StringLength(256, MinimumLength = 12, ErrorMessage = "Validation.PasswordLength")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.InitialPassword")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
