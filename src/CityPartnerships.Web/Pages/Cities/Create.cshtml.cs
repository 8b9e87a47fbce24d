using System.ComponentModel.DataAnnotations;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Cities;

/// <summary>Adds a city the gazetteer does not know (a small municipality, a district), then returns to the partnership form.</summary>
[Authorize(Roles = $"{Roles.InternationalAffairsStaff},{Roles.AssociationAdmin}")]
public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CityInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public void OnGet(string? name)
    {
        Input.Name = name?.Split(',', '(')[0].Trim() ?? string.Empty;
        LoadOptions();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var city = new City(Input.Name, Input.CountryCode, Input.Region, Input.Latitude, Input.Longitude, Input.Population);
                if (await db.Cities.AnyAsync(c => c.Name == city.Name && c.CountryCode == city.CountryCode && c.Region == city.Region, cancellationToken))
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", localizer["Cities.AlreadyThere"]);
                }
                else
                {
                    db.Cities.Add(city);
                    await db.SaveChangesAsync(cancellationToken);
                    this.ShowSuccess(localizer["Cities.Added", city.Name]);
                    return User.IsInRole(Roles.InternationalAffairsStaff)
                        ? RedirectToPage(PagePaths.PartnershipCreate, new { partner = city.Id })
                        : RedirectToPage(PagePaths.PartnershipList);
                }
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
        }

        LoadOptions();
        return Page();
    }

    private void LoadOptions() =>
        CountryOptions = CountryNames.Options();

    public sealed class CityInput
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
    }
}
