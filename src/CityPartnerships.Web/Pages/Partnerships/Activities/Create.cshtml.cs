using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>Records an activity of a partnership; whoever may change the partnership may add to its timeline.</summary>
public sealed class CreateModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel, IActivityFormPage
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public int PartnershipId { get; private set; }

    public string PartnershipTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, partnershipId, PartnershipAccess.For(User), cancellationToken);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Input.StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, partnershipId, PartnershipAccess.For(User), cancellationToken);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.Activities.Add(await Input.CreateAsync(partnership.Id, db, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = localizer["Activity.Created"].Value;
                return RedirectToPage("/Partnerships/Details", null, new { id = partnership.Id }, "activities");
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
        }

        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        PartnershipId = partnership.Id;
        PartnershipTitle = await PartnershipLoader.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }
}
