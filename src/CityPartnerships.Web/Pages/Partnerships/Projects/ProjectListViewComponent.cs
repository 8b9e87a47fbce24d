using CityPartnerships.Domain.Projects;

namespace CityPartnerships.Web.Pages.Partnerships.Projects;

/// <summary>
/// The "Projects and funding" card on a partnership's page: open projects by priority, closed ones last. The priority
/// is judged against the viewer's own city's action areas; viewers without a city (admins) see it for the
/// partnership's city. The caller has already checked that the user may read the partnership.
/// </summary>
public sealed class ProjectListViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    private const string ViewPath = "~/Pages/Partnerships/Projects/ProjectListViewComponent.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId, bool canChange)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.PartnershipId == partnershipId)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.Status,
                p.PartnerCommitment,
                p.Funder,
                p.Programme,
                p.Amount,
                p.Currency,
                p.ApplicationDeadline,
                AreaIds = p.ActionAreas.Select(a => a.Id).ToList(),
            })
            .ToListAsync(cancellationToken);

        var viewerCityId = UserClaimsPrincipal.GetCityId();
        FocusCity? focus = null;
        if (projects.Count > 0)
        {
            var cities = viewerCityId is { } own
                ? db.Cities.Where(c => c.Id == own)
                : db.Cities.Where(c => db.Partnerships.Any(p => p.Id == partnershipId && p.CityId == c.Id));
            focus = await cities.AsNoTracking()
                .Select(c => new FocusCity(c.NameIn(PortalCultures.Language), c.InternationalAffairsUnit!.FocusAreas.Select(a => a.Id).ToList()))
                .SingleOrDefaultAsync(cancellationToken);
        }

        var focusAreaIds = focus?.AreaIds ?? [];
        var rows = projects
            .Select(p => new ProjectRowView(p.Id, p.Title, p.Status, p.Funder, p.Programme, p.Amount, p.Currency, p.ApplicationDeadline,
                ProjectPriority.Assess(p.Status, p.PartnerCommitment, p.AreaIds, focusAreaIds, p.ApplicationDeadline, today)))
            .OrderBy(r => !Project.IsOpenIn(r.Status))
            .ThenByDescending(r => r.Priority.Score)
            .ThenBy(r => r.ApplicationDeadline ?? DateOnly.MaxValue)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var secured = rows
            .Where(r => r.Amount is not null && Project.IsFundingSecuredIn(r.Status))
            .GroupBy(r => r.Currency)
            .Select(g => new FundingTotal(g.Key, g.Sum(r => r.Amount!.Value)))
            .OrderByDescending(t => t.Currency == "EUR")
            .ThenBy(t => t.Currency, StringComparer.Ordinal)
            .ToList();

        return View(ViewPath, new ProjectListView(partnershipId, canChange, rows, secured, today,
            viewerCityId is null ? focus?.Name : null));
    }

    private sealed record FocusCity(string Name, List<int> AreaIds);
}

// FocusCityName: the city whose action areas the priority is judged by, when it is not the viewer's own.
public sealed record ProjectListView(int PartnershipId, bool CanChange, IReadOnlyList<ProjectRowView> Projects,
    IReadOnlyList<FundingTotal> SecuredFunding, DateOnly Today, string? FocusCityName);

public sealed record ProjectRowView(int Id, string Title, ProjectStatus Status, string? Funder, string? Programme, decimal? Amount,
    string Currency, DateOnly? ApplicationDeadline, PriorityAssessment Priority);

public sealed record FundingTotal(string Currency, decimal Amount);
