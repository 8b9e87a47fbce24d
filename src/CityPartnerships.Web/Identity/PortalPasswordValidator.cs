using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Identity;

/// <summary>
/// Passwords worth having: zxcvbn's estimate of how many guesses a password takes (common passwords, words, names,
/// dates, keyboard runs and repeats all count as cheap), and neither the user's e-mail address nor the portal's name in
/// it. The minimum length is Identity's own rule (12, see Program.cs).
/// </summary>
internal sealed class PortalPasswordValidator(IStringLocalizer<SharedResource> localizer) : IPasswordValidator<ApplicationUser>
{
    /// <summary>zxcvbn's score 3: "safely unguessable", about 10^10 guesses; 0 to 2 fall to an online or offline attack.</summary>
    public const int MinimumScore = 3;

    /// <summary>The portal's name as people would type it into a password, compared without spaces or punctuation.</summary>
    private static readonly string[] _portalNames = ["citypartnerships", "staedtepartnerschaften", "städtepartnerschaften"];

    /// <summary>Shorter local parts (jo@, li@) would refuse too many unrelated passwords.</summary>
    private const int ShortestLocalPartChecked = 3;

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        var email = (user.Email ?? user.UserName ?? string.Empty).ToLowerInvariant();
        var localPart = email.Split('@')[0];
        var lowered = password.ToLowerInvariant();
        if ((email.Length > 0 && lowered.Contains(email, StringComparison.Ordinal))
            || (localPart.Length >= ShortestLocalPartChecked && Letters(lowered).Contains(Letters(localPart), StringComparison.Ordinal)))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsEmail", Description = localizer["Identity.PasswordContainsEmail"] });
        }

        if (_portalNames.Any(name => Letters(lowered).Contains(name, StringComparison.Ordinal)))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsPortalName", Description = localizer["Identity.PasswordContainsPortalName"] });
        }

        var userInputs = new[] { email, localPart, user.DisplayName, "CityPartnerships", "Partnerships" }.Where(s => !string.IsNullOrWhiteSpace(s));
        if (errors.Count == 0 && Zxcvbn.Zxcvbn.MatchPassword(password, userInputs).Score < MinimumScore)
        {
            errors.Add(new IdentityError { Code = "PasswordTooWeak", Description = localizer["Identity.PasswordTooWeak"] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}
