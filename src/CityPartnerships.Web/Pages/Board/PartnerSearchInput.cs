using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;

namespace CityPartnerships.Web.Pages.Board;

/// <summary>What a city seeks, as its staff fill in the form; the city itself comes from the sign-in.</summary>
public sealed class PartnerSearchInput
{
    [Display(Name = "Board.ActionArea")]
    public int? ActionAreaId { get; set; }

    [Display(Name = "Partnerships.WorldRegion")]
    public WorldRegion? Region { get; set; }

    [StringLength(2, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Board.Country")]
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Board.Kind")]
    public PartnershipKind? Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(PartnerSearch.TextMaxLength, ErrorMessage = "Validation.MaxLength")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Board.Text")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [DataType(DataType.Date)]
    [Display(Name = "Board.UntilField")]
    public DateOnly? Until { get; set; }

    public PartnerSearchDetails ToDetails() => new(ActionAreaId, Region, CountryCode, Kind!.Value, Text ?? string.Empty, Until!.Value);

    public static PartnerSearchInput From(PartnerSearch post) => new()
    {
        ActionAreaId = post.ActionAreaId,
        Region = post.CountryCode is null ? post.Region : null,
        CountryCode = post.CountryCode,
        Kind = post.Kind,
        Text = post.Text,
        Until = post.Until,
    };
}
