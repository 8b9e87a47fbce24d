namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

/// <summary>The focal persons at both ends of a partnership, on its details page.</summary>
public sealed class ContactListViewComponent(AppDbContext db) : ViewComponent
{
    private const string ViewPath = "~/Pages/Partnerships/Contacts/ContactListViewComponent.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId, int cityId, int partnerCityId, bool canChange)
    {
        var access = Viewer.From(UserClaimsPrincipal);
        if (!access.CanSeeContacts(cityId, partnerCityId))
        {
            return View(ViewPath, new ContactListView(partnershipId, false, canChange, []));
        }

        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.PartnershipId == partnershipId)
            .Join(db.Cities, c => c.CityId, city => city.Id, (c, city) => new { c, CityName = city.NameIn(PortalCultures.Language) })
            .OrderBy(x => x.CityName).ThenBy(x => x.c.Name)
            .Select(x => new ContactView(x.c.Id, x.CityName, x.c.Name, x.c.Role, x.c.Organisation, x.c.Email, x.c.Phone,
                x.c.Languages, x.c.LanguagesToCheck, x.c.ConsentRecordedOn))
            .ToListAsync(HttpContext.RequestAborted);
        return View(ViewPath, new ContactListView(partnershipId, true, canChange, contacts));
    }
}

public sealed record ContactListView(int PartnershipId, bool MayView, bool CanChange, IReadOnlyList<ContactView> Contacts);

public sealed record ContactView(int Id, string CityName, string Name, string? Role, string? Organisation, string? Email,
    string? Phone, string[] Languages, string? LanguagesToCheck, DateOnly? ConsentRecordedOn);
