using CityPartnerships.Domain.Activities;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>
/// Edits or deletes an activity of a partnership the user may change. When someone else saved in between, the save is
/// refused with the user's input kept, and a second save deliberately overwrites.
/// </summary>
public sealed class EditModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PartnershipRecordPage(db, changes, localizer), IActivityFormPage
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    protected override string Section => PagePaths.DetailsSection.Activities;

    public Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        FormAsync<Activity>(partnershipId, id, cancellationToken, WithAreas, Input.CopyFrom);

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.ChangeRecordAsync<Activity>(Viewer, partnershipId, id, Input.Version,
                (_, activity) => Input.ApplyToAsync(activity, Db, cancellationToken), cancellationToken, WithAreas);
            if (Answer(partnershipId, result, "Activity.Saved", Input) is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync<Activity>(partnershipId, id, cancellationToken, WithAreas);
    }

    /// <summary>A real delete: the activity is gone, and the history of the partnership keeps what it was.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        AnswerDelete(partnershipId, await Changes.DeleteRecordAsync<Activity>(Viewer, partnershipId, id, cancellationToken, WithAreas), "Activity.Deleted");

    // Action areas are loaded so that a change or a delete lists them in the history.
    private static IQueryable<Activity> WithAreas(IQueryable<Activity> activities) => activities.Include(a => a.ActionAreas);
}
