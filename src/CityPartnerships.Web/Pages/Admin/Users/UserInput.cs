using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityPartnerships.Web.Pages.Admin.Users;

/// <summary>What an admin decides about a user on both the create and the edit page: name, role and city.</summary>
public class UserInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Field.DisplayName")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Field.Role")]
    public string Role { get; set; } = Roles.InternationalAffairsStaff;

    [Display(Name = "Field.City")]
    public int? CityId { get; set; }

    /// <summary>Checks what attributes cannot: a known role, and a member city exactly for the city roles.</summary>
    public async Task ValidateAssignmentAsync(AppDbContext db, ModelStateDictionary modelState, string prefix,
        IStringLocalizer localizer, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(Role))
        {
            modelState.AddModelError($"{prefix}.{nameof(Role)}", localizer["Users.UnknownRole"]);
            return;
        }

        if (!Roles.BelongsToCity(Role))
        {
            CityId = null;
            return;
        }

        if (CityId is null)
        {
            modelState.AddModelError($"{prefix}.{nameof(CityId)}", localizer["Users.CityRequired"]);
        }
        else if (!await db.Cities.AnyAsync(c => c.Id == CityId && c.IsAssociationMember, cancellationToken))
        {
            modelState.AddModelError($"{prefix}.{nameof(CityId)}", localizer["Users.CityUnknown"]);
        }
    }

    public static async Task<IReadOnlyList<SelectListItem>> CityOptionsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var cities = await db.Cities.AsNoTracking()
            .Where(c => c.IsAssociationMember)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken);
        return [.. cities.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    public static IReadOnlyList<SelectListItem> RoleOptions(IStringLocalizer localizer) =>
        [.. Roles.All.Select(r => new SelectListItem(localizer[$"Role.{r}"], r))];
}
