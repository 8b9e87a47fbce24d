using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>
/// Notices about practices on a start page, until the portal sends e-mail: staff see their city's practices that
/// were just published or returned with comments, admins see how many wait for review. Nothing when there is nothing.
/// </summary>
public sealed class PracticeNoticesViewComponent(BestPracticeQueries queries, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var notices = await queries.NoticesAsync(Viewer.From(UserClaimsPrincipal), ActionAreaNames.Language, clock.GetUtcNow().UtcDateTime,
            HttpContext.RequestAborted);
        return View("~/Pages/BestPractices/PracticeNoticesViewComponent.cshtml", notices);
    }
}
