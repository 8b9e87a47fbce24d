using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>Staff of either city (and admins) add a project with its funding to a partnership.</summary>
public sealed class CreateModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PartnershipRecordPage(db, changes, localizer), IProjectFormPage
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    protected override string Section => PagePaths.DetailsSection.Projects;

    public Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken cancellationToken) => FormAsync(partnershipId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.AddAsync(Viewer, partnershipId, async partnership =>
            {
                var project = new Project(partnership.Id, Input.Title ?? string.Empty);
                await Input.ApplyToAsync(project, Db, cancellationToken);
                return project;
            }, cancellationToken);
            if (Answer(partnershipId, result, "Project.Created") is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync(partnershipId, cancellationToken);
    }
}
