using CityPartnerships.Domain.Activities;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>Records an activity of a partnership; whoever may change the partnership may add to its timeline.</summary>
public sealed class CreateModel(AppDbContext db, PartnershipChanges changes, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PartnershipRecordPage(db, changes, localizer), IActivityFormPage
{
    [BindProperty]
    public ActivityInput Input { get; set; } = new();

    protected override string Section => PagePaths.DetailsSection.Activities;

    public Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken) =>
        FormAsync(partnershipId, cancellationToken, _ => Input.StartsOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.AddAsync<Activity>(Viewer, partnershipId, p => Input.CreateAsync(p.Id, Db, cancellationToken), cancellationToken);
            if (Answer(partnershipId, result, "Activity.Created") is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync(partnershipId, cancellationToken);
    }
}
