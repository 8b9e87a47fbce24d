using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Data;

/// <summary>
/// Outside demo mode the first association admin comes from configuration (environment variables
/// FirstAdmin__Email and FirstAdmin__Password), never from a password in git. Nothing happens once an admin exists.
/// </summary>
internal static class FirstAdmin
{
    public const string SectionName = "FirstAdmin";

    public static async Task EnsureAsync(IServiceProvider services, IConfiguration section, ILogger logger)
    {
        var email = section["Email"];
        var password = section["Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        if ((await userManager.GetUsersInRoleAsync(Roles.AssociationAdmin)).Count > 0)
        {
            return;
        }

        var admin = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = section["DisplayName"] ?? "Association admin",
            CreatedAt = DateTime.UtcNow,
        };
        var created = await userManager.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            // The errors name the rule (e.g. too short), never the password itself.
            throw new InvalidOperationException("The first admin could not be created: "
                + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        await userManager.AddToRoleAsync(admin, Roles.AssociationAdmin);
        logger.LogInformation("Created the first association admin (user {UserId}) from configuration", admin.Id);
    }
}
