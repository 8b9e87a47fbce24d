using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

public sealed class EditModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IContactFormPage
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    public string PartnershipTitle { get; private set; } = string.Empty;

    public int PartnershipId { get; private set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, contact, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Input.CopyFrom(contact!);
        await LoadAsync(partnership!, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (partnership, contact, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        if (!partnership!.Involves(Input.CityId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CityId)}", localizer["Contacts.CityNotInPartnership"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.Entry(contact!).Property(c => c.Version).OriginalValue = Input.Version;
                Input.ApplyTo(contact!);
                contact!.AssignToCity(Input.CityId);
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = localizer["Contacts.Saved"].Value;
                return Redirect(Url.Page("/Partnerships/Details", new { id = partnershipId }) + "#contacts");
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, localizer["Error.Concurrency"]);
                ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
                Input.Version = await db.Contacts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).SingleAsync(cancellationToken);
            }
        }

        await LoadAsync(partnership, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        var (_, contact, result) = await LoadForChangeAsync(partnershipId, id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        db.Contacts.Remove(contact!);
        await db.SaveChangesAsync(cancellationToken);
        TempData["StatusMessage"] = localizer["Contacts.Deleted"].Value;
        return Redirect(Url.Page("/Partnerships/Details", new { id = partnershipId }) + "#contacts");
    }

    /// <summary>The partnership (which the user must be allowed to change) and its contact; anything else is not found.</summary>
    private async Task<(Partnership? Partnership, Contact? Contact, IActionResult? Result)> LoadForChangeAsync(int partnershipId, int id,
        CancellationToken cancellationToken)
    {
        var (partnership, contact, forbidden) = await PartnershipLoader.RecordForChangeAsync(db, db.Contacts, partnershipId, id,
            PartnershipAccess.For(User), cancellationToken);
        return contact is null ? (null, null, forbidden ? Forbid() : NotFound()) : (partnership, contact, null);
    }

    private async Task LoadAsync(Partnership partnership, int id, CancellationToken cancellationToken)
    {
        (PartnershipId, Id) = (partnership.Id, id);
        CityOptions = await ContactForm.CityOptionsAsync(db, partnership, cancellationToken);
        PartnershipTitle = string.Join(" – ", CityOptions.Select(c => c.Text));
    }
}
