using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>
/// Edits or deletes an activity of a partnership the user may change. The activity is looked up within the partnership
/// of the address, so an activity id of another partnership typed into the address finds nothing. When someone else
/// saved in between, the save is refused with the user's input kept, and a second save deliberately overwrites.
/// </summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IActivityFormPage
{
    [BindProperty]
    public EditedActivity Input { get; set; } = new();

    ActivityForm IActivityFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public int PartnershipId { get; private set; }

    public int Id { get; private set; }

    public string PartnershipTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, activity, forbidden) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (partnership is null || activity is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Input.CopyFrom(activity);
        Input.Version = activity.Version;
        await LoadAsync(partnership, activity, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, activity, forbidden) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (partnership is null || activity is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                // The version the user started from: if the row has moved on since, SaveChanges refuses. The row is
                // always written, so the check also applies when only the action areas (a join table) change.
                db.Entry(activity).Property(a => a.Version).OriginalValue = Input.Version;
                db.Entry(activity).Property(a => a.Title).IsModified = true;
                await Input.ApplyToAsync(activity, db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = localizer["Activity.Saved"].Value;
                return RedirectToDetails(partnershipId);
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateConcurrencyException)
            {
                var current = await db.Activities.AsNoTracking()
                    .Where(a => a.Id == id && a.PartnershipId == partnershipId)
                    .Select(a => (uint?)a.Version)
                    .SingleOrDefaultAsync(cancellationToken);
                if (current is null)
                {
                    TempData["ErrorMessage"] = localizer["Activity.DeletedMeanwhile"].Value;
                    return RedirectToDetails(partnershipId);
                }

                ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                // Saving again now overwrites the other change on purpose: the user has seen the warning.
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                Input.Version = current.Value;
            }
        }

        await LoadAsync(partnership, activity, cancellationToken);
        return Page();
    }

    /// <summary>A real delete: the activity is gone, and the history of the partnership keeps what it was.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (_, activity, forbidden) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (activity is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        db.Activities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = localizer["Activity.Deleted"].Value;
        return RedirectToDetails(partnershipId);
    }

    /// <summary>The partnership and its activity for a change, or neither and whether that is because the user may not.</summary>
    // Action areas are loaded so that a change or a delete lists them in the history.
    private Task<(Partnership? Partnership, Activity? Activity, bool Forbidden)> LoadForChangeAsync(int partnershipId, int id,
        CancellationToken cancellationToken) =>
        PartnershipLoader.RecordForChangeAsync(db, db.Activities.Include(a => a.ActionAreas), partnershipId, id,
            PartnershipAccess.For(User), cancellationToken);

    private async Task LoadAsync(Partnership partnership, Activity activity, CancellationToken cancellationToken)
    {
        PartnershipId = partnership.Id;
        Id = activity.Id;
        PartnershipTitle = await PartnershipLoader.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }

    private RedirectToPageResult RedirectToDetails(int partnershipId) =>
        RedirectToPage("/Partnerships/Details", null, new { id = partnershipId }, "activities");

    public sealed class EditedActivity : ActivityForm
    {
        public uint Version { get; set; }
    }
}
