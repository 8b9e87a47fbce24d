using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Cities;

namespace CityPartnerships.Web.Pages.Admin.Cities;

/// <summary>Corrects a city's details, marks it as a member, and leads to merging or deleting a city added by hand.</summary>
public sealed class EditModel(AppDbContext db, CityAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CityDetailsInput Input { get; set; } = new();

    public int Id { get; private set; }

    public bool IsAddedByHand { get; private set; }

    public int? GeoNameId { get; private set; }

    public int Partnerships { get; private set; }

    public int OtherReferences { get; private set; }

    public string? DeleteRefusal { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Networks { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        Input = new CityDetailsInput
        {
            Name = city.Name,
            CountryCode = city.CountryCode,
            Region = city.Region,
            Latitude = city.Latitude,
            Longitude = city.Longitude,
            Population = city.Population,
            IsAssociationMember = city.IsAssociationMember,
            Version = city.Version,
        };
        await LoadAsync(city, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var city = await db.Cities.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                city.UpdateDetails(Input.Name, Input.CountryCode, Input.Region, Input.Latitude, Input.Longitude, Input.Population,
                    Input.IsAssociationMember);
                if (await db.Cities.AnyAsync(c => c.Id != id && c.Name == city.Name && c.CountryCode == city.CountryCode
                        && c.Region == city.Region && c.GeoNameId == city.GeoNameId, cancellationToken))
                {
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Name)}", localizer["Cities.AlreadyThere"]);
                }
                else
                {
                    db.Entry(city).Property(c => c.Version).OriginalValue = Input.Version;
                    await db.SaveChangesAsync(cancellationToken);
                    this.ShowSuccess(localizer["CityAdmin.Saved", city.Name]);
                    return RedirectToPage(new { id });
                }
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateConcurrencyException)
            {
                var current = await db.Cities.AsNoTracking().Where(c => c.Id == id).Select(c => (uint?)c.Version).SingleOrDefaultAsync(cancellationToken);
                if (current is null)
                {
                    this.ShowError(localizer["Error.DeletedMeanwhile"]);
                    return RedirectToPage("Index");
                }

                this.ShowInForm(ChangeResult.Conflict(current.Value), localizer, Input);
            }
        }

        await LoadAsync(await db.Cities.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken), cancellationToken);
        return Page();
    }

    private async Task LoadAsync(City city, CancellationToken cancellationToken)
    {
        Id = city.Id;
        IsAddedByHand = city.IsAddedByHand;
        GeoNameId = city.GeoNameId;
        CountryOptions = CountryNames.Options();
        Partnerships = await administration.PartnershipsOfAsync(city.Id, cancellationToken);
        OtherReferences = await administration.OtherReferencesAsync(city.Id, cancellationToken);
        DeleteRefusal = CityAdministration.DeleteRefusal(IsAddedByHand, Partnerships, OtherReferences);
        Networks = [.. (await db.Cities.AsNoTracking().Where(c => c.Id == city.Id).SelectMany(c => c.Networks).ToListAsync(cancellationToken))
            .Select(n => (n.Id, Name: n.NameIn(PortalCultures.Language))).OrderBy(n => n.Name, PortalCultures.NameOrder)];
    }
}
