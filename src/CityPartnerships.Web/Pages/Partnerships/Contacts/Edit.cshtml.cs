using CityPartnerships.Domain.Contacts;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

/// <summary>Edits or deletes a focal person of a partnership the user may change.</summary>
public sealed class EditModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : ContactRecordPage(db, changes, localizer)
{
    public Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        FormAsync<Contact>(partnershipId, id, cancellationToken, prepare: Input.CopyFrom);

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.ChangeRecordAsync<Contact>(Viewer, partnershipId, id, Input.Version, (partnership, contact) =>
            {
                Input.ApplyTo(partnership, contact);
                return Task.CompletedTask;
            }, cancellationToken);
            if (Answer(partnershipId, result, "Contacts.Saved", Input) is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync<Contact>(partnershipId, id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        AnswerDelete(partnershipId, await Changes.DeleteRecordAsync<Contact>(Viewer, partnershipId, id, cancellationToken), "Contacts.Deleted");
}
