using CityPartnerships.Web.Features;
using CityPartnerships.Web.Features.Cities;

namespace CityPartnerships.Web.Pages.Admin.Cities;

/// <summary>Asks before deleting a city added by hand that nothing refers to.</summary>
public sealed class DeleteModel(AppDbContext db, CityAdministration administration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public string Where { get; private set; } = string.Empty;

    /// <summary>Why the city cannot be deleted, as an error code; null when it can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { Name = c.NameIn(PortalCultures.Language), c.Region, c.CountryCode, c.IsAddedByHand })
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        Name = city.Name;
        Where = PlaceNames.Where(city.Region, city.CountryCode);
        // Opened by its address for a city that cannot go: the reason instead of a question the answer to which is no.
        Refusal = await administration.DeleteRefusalAsync(id, city.IsAddedByHand, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var name = await db.Cities.AsNoTracking().Where(c => c.Id == id).Select(c => c.NameIn(PortalCultures.Language)).SingleOrDefaultAsync(cancellationToken);
        var result = await administration.DeleteAsync(id, cancellationToken);
        if (result.Outcome == ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.IsDone)
        {
            this.ShowOutcome(result, localizer, string.Empty);
            return RedirectToPage("Edit", new { id });
        }

        this.ShowSuccess(localizer["CityAdmin.Deleted", name ?? string.Empty]);
        return RedirectToPage("Index");
    }
}
