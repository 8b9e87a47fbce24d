using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Climate;

namespace CityPartnerships.Web.Pages.Admin.Climate;

/// <summary>Where the imported values come from; cited wherever the portal shows them.</summary>
public sealed class ClimateImportInput
{
    [Display(Name = "ClimateImport.DataSetName")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ClimateDataSet.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    public string? Name { get; set; }

    [Display(Name = "ClimateImport.Citation")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(ClimateDataSet.CitationMaxLength, ErrorMessage = "Validation.MaxLength")]
    public string? Citation { get; set; }

    [Display(Name = "ClimateImport.Licence")]
    [StringLength(ClimateDataSet.LicenceMaxLength, ErrorMessage = "Validation.MaxLength")]
    public string? Licence { get; set; }

    [Display(Name = "ClimateImport.Url")]
    [StringLength(ClimateDataSet.UrlMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Url(ErrorMessage = "ClimateImport.UrlInvalid")]
    public string? Url { get; set; }
}
