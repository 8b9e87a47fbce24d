using CityPartnerships.Web.Identity;

namespace CityPartnerships.Web.Pages.Admin.Users;

/// <summary>A user's latest security events (sign-ins, failures, lockouts, refused access) for the admin's user page.</summary>
public sealed class RecentSecurityEventsViewComponent(AppDbContext db) : ViewComponent
{
    private const int Shown = 20;

    public async Task<IViewComponentResult> InvokeAsync(string userId)
    {
        var events = await db.SecurityEvents.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(Shown)
            .Select(e => new SecurityEventView(e.OccurredAt, e.Type, e.ClientAddress))
            .ToListAsync(HttpContext.RequestAborted);
        return View("~/Pages/Admin/Users/RecentSecurityEventsViewComponent.cshtml", events);
    }
}

public sealed record SecurityEventView(DateTime OccurredAt, SecurityEventType Type, string? ClientAddress);
