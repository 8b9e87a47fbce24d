using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// Edits a partnership of the user's own city (admins: any). When someone else saved in between, the save is refused,
/// the user's input stays in the form, and a second save deliberately overwrites.
/// </summary>
public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IPartnershipFormPage
{
    [BindProperty]
    public EditedPartnership Input { get; set; } = new();

    PartnershipForm IPartnershipFormPage.Input => Input;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public string Title { get; private set; } = string.Empty;

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, id, PartnershipAccess.For(User), cancellationToken, withActionAreas: true);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        Input.CopyFrom(partnership);
        Input.Version = partnership.Version;
        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, id, PartnershipAccess.For(User), cancellationToken, withActionAreas: true);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                // The version the user started from: if the row has moved on since, SaveChanges refuses.
                db.Entry(partnership).Property(p => p.Version).OriginalValue = Input.Version;
                await Input.ApplyToAsync(partnership, db, cancellationToken);
                // Action areas live in a join table; writing the row itself makes the version check cover them too.
                db.Entry(partnership).Property(p => p.Kind).IsModified = true;
                partnership.EnsureNoActiveDuplicateAmong(await PartnershipLoader.BetweenSamePairAsync(db, partnership, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = localizer["Partnership.Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                // Saving again now overwrites the other change on purpose: the user has seen the warning.
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                Input.Version = await db.Partnerships.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(cancellationToken);
            }
            catch (DbUpdateException error) when (error.InnerException is PostgresException { ConstraintName: PartnershipConfiguration.UniqueActivePairIndex })
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Kind)}", localizer["DomainError.Partnership.DuplicateActive"]);
            }
        }

        await LoadAsync(partnership, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Partnership partnership, CancellationToken cancellationToken)
    {
        Id = partnership.Id;
        Title = await PartnershipLoader.TitleAsync(db, partnership, cancellationToken);
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }

    public sealed class EditedPartnership : PartnershipForm
    {
        public uint Version { get; set; }
    }
}
