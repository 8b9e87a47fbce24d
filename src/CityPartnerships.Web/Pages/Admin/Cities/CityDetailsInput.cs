using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Cities;

namespace CityPartnerships.Web.Pages.Admin.Cities;

public sealed class CityDetailsInput : IVersionedInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(City.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "City.Name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "City.Country")]
    public string CountryCode { get; set; } = string.Empty;

    [StringLength(City.RegionMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "City.Region")]
    public string? Region { get; set; }

    [Range(-90.0, 90.0, ErrorMessage = "Validation.Range")]
    [Display(Name = "City.Latitude")]
    public double? Latitude { get; set; }

    [Range(-180.0, 180.0, ErrorMessage = "Validation.Range")]
    [Display(Name = "City.Longitude")]
    public double? Longitude { get; set; }

    [Range(0, City.MaxPopulation, ErrorMessage = "Validation.Range")]
    [Display(Name = "City.Population")]
    public int? Population { get; set; }

    [Display(Name = "CityAdmin.IsMember")]
    public bool IsAssociationMember { get; set; }

    public uint Version { get; set; }
}
