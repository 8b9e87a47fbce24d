using CityPartnerships.Domain.Activities;

namespace CityPartnerships.Web.Pages.Partnerships.Activities;

/// <summary>The activities of a partnership, newest first, on its details page.</summary>
public sealed class ActivityTimelineViewComponent(AppDbContext db) : ViewComponent
{
    private const string ViewPath = "~/Pages/Partnerships/Activities/ActivityTimelineViewComponent.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int partnershipId, bool canChange)
    {
        var areaName = ActionAreaNames.InCurrentLanguage();
        var items = await db.Activities.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId)
            .OrderByDescending(a => a.StartsOn).ThenByDescending(a => a.Id)
            .Select(a => new TimelineItemView(
                a.Id,
                a.Kind,
                a.Title,
                a.StartsOn,
                a.EndsOn,
                a.Place,
                a.Participants,
                a.Description,
                a.ActionAreas.AsQueryable().Select(areaName).OrderBy(name => name).ToList()))
            .ToListAsync(HttpContext.RequestAborted);
        return View(ViewPath, new Timeline(partnershipId, canChange, items));
    }

    public sealed record Timeline(int PartnershipId, bool CanChange, IReadOnlyList<TimelineItemView> Items);

    public sealed record TimelineItemView(int Id, ActivityKind Kind, string Title, DateOnly StartsOn, DateOnly? EndsOn, string? Place,
        int? Participants, string? Description, IReadOnlyList<string> ActionAreas);
}
