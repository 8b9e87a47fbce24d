using CityPartnerships.Domain.Cities;
using Microsoft.AspNetCore.Identity;

namespace CityPartnerships.Web.Identity;

public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 120;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The city whose records the user works on; null for association admins.</summary>
    public int? CityId { get; set; }

    public City? City { get; set; }

    public DateTime CreatedAt { get; set; }
}
