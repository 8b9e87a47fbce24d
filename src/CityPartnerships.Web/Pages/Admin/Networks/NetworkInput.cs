using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Networks;
using Npgsql;

namespace CityPartnerships.Web.Pages.Admin.Networks;

public sealed class NetworkInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Network.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Networks.Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(Network.AcronymMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Networks.Acronym")]
    public string? Acronym { get; set; }

    [StringLength(Network.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Networks.GermanName")]
    public string? GermanName { get; set; }

    [StringLength(Network.AcronymMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Networks.GermanAcronym")]
    public string? GermanAcronym { get; set; }

    /// <summary>A save refused by the unique index on the name: another request (a second click) saved it first.</summary>
    public static bool IsNameTaken(DbUpdateException error) =>
        error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
