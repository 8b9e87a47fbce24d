using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

/// <summary>The add and edit pages of a focal person: the form offers the partnership's two cities, no action areas.</summary>
public abstract class ContactRecordPage(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PartnershipRecordPage(db, changes, localizer), IContactFormPage
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> CityOptions { get; private set; } = [];

    protected override string Section => PagePaths.DetailsSection.Contacts;

    protected override bool NeedsAreaOptions => false;

    protected override async Task LoadOptionsAsync(Partnership partnership, CancellationToken cancellationToken) =>
        CityOptions = await ContactInput.CityOptionsAsync(Db, partnership, cancellationToken);
}
