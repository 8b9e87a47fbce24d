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

    /// <summary>The language the portal writes mails to this user in: "en" or "de".</summary>
    public string Language { get; set; } = "en";

    public const int LanguageMaxLength = 8;

    /// <summary>The time zone (IANA id, "America/New_York") the user reads times in; null: the portal's default, Europe/Berlin.</summary>
    public string? TimeZone { get; set; }

    public const int TimeZoneMaxLength = 64;

    /// <summary>The user asked for no reminder mails (the daily deadline reminder); set on "My account".</summary>
    public bool RemindersOff { get; set; }

    /// <summary>Invited but has not chosen a password yet.</summary>
    public bool IsInvitationPending => PasswordHash is null;
}
