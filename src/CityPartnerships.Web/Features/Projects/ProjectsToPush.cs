using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Features.Projects;

/// <summary>
/// "Projects to push": the open projects of a city's partnerships, ranked by what still needs pushing most
/// (<see cref="ProjectPriority"/>), for the city's own staff and mayor's office (and admins).
/// </summary>
public sealed class ProjectsToPush(AppDbContext db)
{
    /// <summary>A page of the city's open projects, or null when the viewer may not see the city's internal records.</summary>
    public async Task<PagedResult<ProjectToPushView>?> PageAsync(Viewer viewer, int cityId, ProjectStatus? status, bool deadlineSoon,
        int page, DateOnly today, CancellationToken cancellationToken)
    {
        if (!viewer.CanSeeInternalFiguresOf(cityId))
        {
            return null;
        }

        // Joined through Partnerships, so the filter on deleted partnerships applies to their projects as well.
        var partnerships = db.Partnerships.Where(viewer.Readable()).Where(Partnership.Involving(cityId));
        var projects = db.Projects.Where(Project.Open);
        if (status is { } wanted)
        {
            projects = projects.Where(p => p.Status == wanted);
        }

        if (deadlineSoon)
        {
            projects = projects.Where(Project.DeadlineSoon(today));
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
                PartnerCityName = partnership.CityId == cityId ? partnership.PartnerCity!.NameIn(PortalCultures.Language) : partnership.City!.NameIn(PortalCultures.Language),
                AreaIds = project.ActionAreas.Select(a => a.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var focusAreaIds = await db.InternationalAffairsUnits.AsNoTracking()
            .Where(u => u.CityId == cityId)
            .SelectMany(u => u.FocusAreas.Select(a => a.Id))
            .ToListAsync(cancellationToken);

        var ranked = open
            .Select(p => new ProjectToPushView(p.Id, p.PartnershipId, p.Title, p.PartnerCityName, p.Status, p.Funder, p.Programme, p.Amount,
                p.Currency, p.ApplicationDeadline,
                ProjectPriority.Assess(p.Status, p.PartnerCommitment, p.AreaIds, focusAreaIds, p.ApplicationDeadline, today)))
            .OrderByDescending(p => p.Priority.Score)
            .ThenBy(p => p.ApplicationDeadline ?? DateOnly.MaxValue)
            .ThenBy(p => p.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return ranked.ToPagedResult(page);
    }
}

public sealed record ProjectToPushView(int Id, int PartnershipId, string Title, string PartnerCityName, ProjectStatus Status, string? Funder,
    string? Programme, decimal? Amount, string Currency, DateOnly? ApplicationDeadline, PriorityAssessment Priority);
