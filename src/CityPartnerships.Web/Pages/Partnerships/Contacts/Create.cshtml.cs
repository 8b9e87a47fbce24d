using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

public sealed class CreateModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel, IContactFormPage
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    public string PartnershipTitle { get; private set; } = string.Empty;

    public int PartnershipId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken)
    {
        var (partnership, forbidden) = await PartnershipLoader.ForChangeAsync(db, partnershipId, PartnershipAccess.For(User), cancellationToken);
        if (partnership is null)
        {
            return forbidden ? Forbid() : NotFound();
        }

        // The user's own end of the partnership is the likely one.
        Input.CityId = User.GetCityId() is { } own && partnership.Involves(own) ? own : partnership.CityId;
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

        if (!partnership.Involves(Input.CityId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CityId)}", localizer["Contacts.CityNotInPartnership"]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var contact = new Contact(partnership.Id, Input.CityId, Input.Name);
                Input.ApplyTo(contact);
                db.Contacts.Add(contact);
                await db.SaveChangesAsync(cancellationToken);
                TempData["StatusMessage"] = localizer["Contacts.Added"].Value;
                return Redirect(Url.Page("/Partnerships/Details", new { id = partnership.Id }) + "#contacts");
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
        CityOptions = await ContactForm.CityOptionsAsync(db, partnership, cancellationToken);
        PartnershipTitle = string.Join(" – ", CityOptions.Select(c => c.Text));
    }
}
