using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CityPartnerships.Web.Pages.Account;

/// <summary>A password the user chooses (invitation, reset, change): typed twice, checked by Identity's validators.</summary>
public class NewPasswordInput
{
    public const int MaxLength = 256;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(MaxLength, MinimumLength = 12, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPassword")]
    public string NewPassword { get; set; } = string.Empty;

    [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>Identity's refusals next to the field they concern: password rules at the new password, the rest above the form.</summary>
    public static void ShowErrors(IdentityResult result, ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch)
                ? $"{prefix}.{nameof(NewPassword)}"
                : string.Empty;
            modelState.AddModelError(key, error.Description);
        }
    }
}
