using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Pages.Projects;

/// <summary>
/// "Projects to push": the open projects of the user's city's partnerships, most promising first, so staff and the
/// mayor's office see where effort pays off. Read-only; projects are changed on their partnership's page.
/// </summary>
[Authorize(Policy = Policies.CityMember)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<ProjectStatus> OpenStatuses { get; } = [ProjectStatus.Idea, ProjectStatus.Applied, ProjectStatus.Approved];

    [BindProperty(SupportsGet = true)]
    public ProjectStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Soon { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ProjectToPush> Projects { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool IsFiltered => Status is not null || Soon;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cityId = User.GetCityId()!.Value;
        var access = PartnershipAccess.For(User);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var soonUntil = Today.AddDays(ProjectPriority.DeadlineSoonDays);

        // Joined through Partnerships, so the filter on deleted partnerships applies to their projects as well.
        var partnerships = db.Partnerships.Where(access.Readable()).Where(p => p.CityId == cityId || p.PartnerCityId == cityId);
        var projects = db.Projects.Where(p => p.Status != ProjectStatus.Rejected && p.Status != ProjectStatus.Completed);
        if (Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (Soon)
        {
            projects = projects.Where(p => p.Status == ProjectStatus.Idea && p.ApplicationDeadline >= Today && p.ApplicationDeadline <= soonUntil);
        }

        // The score is computed in C# (ProjectPriority), so it cannot be sorted or paged in SQL: all open projects of
        // the city are loaded in one query (a city has a few hundred at most), scored, sorted, and paged in memory.
        var open = await projects.AsNoTracking()
            .Join(partnerships, project => project.PartnershipId, partnership => partnership.Id, (project, partnership) => new
            {
                project.Id,
                project.PartnershipId,
                project.Title,
                project.Status,
                project.PartnerCommitment,
                project.Funder,
                project.Programme,
                project.Amount,
                project.Currency,
                project.ApplicationDeadline,
                PartnerCityName = partnership.CityId == cityId ? partnership.PartnerCity!.Name : partnership.City!.Name,
                AreaIds = project.ActionAreas.Select(a => a.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var focusAreaIds = await db.InternationalAffairsUnits.AsNoTracking()
            .Where(u => u.CityId == cityId)
            .SelectMany(u => u.FocusAreas.Select(a => a.Id))
            .ToListAsync(cancellationToken);

        var ranked = open
            .Select(p => new ProjectToPush(p.Id, p.PartnershipId, p.Title, p.PartnerCityName, p.Status, p.Funder, p.Programme, p.Amount,
                p.Currency, p.ApplicationDeadline,
                ProjectPriority.Assess(p.Status, p.PartnerCommitment, p.AreaIds, focusAreaIds, p.ApplicationDeadline, Today)))
            .OrderByDescending(p => p.Priority.Score)
            .ThenBy(p => p.ApplicationDeadline ?? DateOnly.MaxValue)
            .ThenBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var pageSize = PagingExtensions.DefaultPageSize;
        var lastPage = Math.Max(1, (int)Math.Ceiling(ranked.Count / (double)pageSize));
        var current = Math.Clamp(PageNumber, 1, lastPage);
        Projects = new PagedResult<ProjectToPush>([.. ranked.Skip((current - 1) * pageSize).Take(pageSize)], current, pageSize, ranked.Count);
    }

    public sealed record ProjectToPush(int Id, int PartnershipId, string Title, string PartnerCityName, ProjectStatus Status, string? Funder,
        string? Programme, decimal? Amount, string Currency, DateOnly? ApplicationDeadline, PriorityAssessment Priority);
}
