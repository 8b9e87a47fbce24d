using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

/// <summary>Adds a focal person at either end of a partnership the user may change.</summary>
public sealed class CreateModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : ContactRecordPage(db, changes, localizer)
{
    // The user's own end of the partnership is the likely one.
    public Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken) =>
        FormAsync(partnershipId, cancellationToken,
            partnership => Input.CityId = User.GetCityId() is { } own && partnership.Involves(own) ? own : partnership.CityId);

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.AddAsync(Viewer, partnershipId, partnership => Task.FromResult(Input.Create(partnership)), cancellationToken);
            if (Answer(partnershipId, result, "Contacts.Added") is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync(partnershipId, cancellationToken);
    }
}
