using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>
/// Edits or deletes a project of a partnership the user may change. As on the partnership's edit page, a save over
/// someone else's change is refused once with the input kept; saving again then overwrites deliberately.
/// </summary>
public sealed class EditModel(AppDbContext db, PartnershipChanges changes, IStringLocalizer<SharedResource> localizer)
    : PartnershipRecordPage(db, changes, localizer), IProjectFormPage
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    /// <summary>The saved title, for the heading and breadcrumbs, whatever was typed.</summary>
    public string ProjectTitle { get; private set; } = string.Empty;

    protected override string Section => PagePaths.DetailsSection.Projects;

    public Task<IActionResult> OnGetAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        FormAsync<Project>(partnershipId, id, cancellationToken, WithAreas, project =>
        {
            Input.CopyFrom(project);
            ProjectTitle = project.Title;
        });

    public async Task<IActionResult> OnPostAsync(int partnershipId, int id, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await Changes.ChangeRecordAsync<Project>(Viewer, partnershipId, id, Input.Version,
                (_, project) => Input.ApplyToAsync(project, Db, cancellationToken), cancellationToken, WithAreas);
            if (Answer(partnershipId, result, "Project.Saved", Input) is { } answer)
            {
                return answer;
            }
        }

        return await FormAsync<Project>(partnershipId, id, cancellationToken, WithAreas, project => ProjectTitle = project.Title);
    }

    /// <summary>Deletes the project for good; the partnership's history keeps what it was.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int partnershipId, int id, CancellationToken cancellationToken) =>
        AnswerDelete(partnershipId, await Changes.DeleteRecordAsync<Project>(Viewer, partnershipId, id, cancellationToken, WithAreas), "Project.Deleted");

    private static IQueryable<Project> WithAreas(IQueryable<Project> projects) => projects.Include(p => p.ActionAreas);
}
