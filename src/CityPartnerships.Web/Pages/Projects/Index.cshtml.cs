using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Features.Projects;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Projects;

/// <summary>
/// "Projects to push": the open projects of the user's city's partnerships, those that most need pushing first, so
/// staff and the mayor's office see where effort pays off. Read-only; projects are changed on their partnership's page.
/// </summary>
[Authorize(Policy = Policies.CityMember)]
public sealed class IndexModel(ProjectsToPush projectsToPush, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<ProjectStatus> OpenStatuses => Project.OpenStatuses;

    [BindProperty(SupportsGet = true)]
    public ProjectStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Soon { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ProjectToPushView> Projects { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool IsFiltered => Status is not null || Soon;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var viewer = Viewer.From(User);
        if (await projectsToPush.PageAsync(viewer, viewer.CityId!.Value, Status, Soon, PageNumber, Today, cancellationToken) is not { } page)
        {
            return Forbid();
        }

        Projects = page;
        return Page();
    }
}
