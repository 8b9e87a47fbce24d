using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Admin.Users;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<UserRowView> Users { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrEmpty(Role);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = $"%{SearchText.EscapeLike(Search)}%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern, SearchText.LikeEscape) || EF.Functions.ILike(u.DisplayName, pattern, SearchText.LikeEscape)
                || (u.City != null && EF.Functions.ILike(u.City.Name, pattern, SearchText.LikeEscape)));
        }

        if (Roles.All.Contains(Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Role)));
        }

        Users = await users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new UserRowView(
                u.Id,
                u.DisplayName,
                u.Email!,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                u.City == null ? null : u.City.NameIn(PortalCultures.Language),
                u.LockoutEnd != null && u.LockoutEnd > now,
                u.PasswordHash == null))
            .ToPagedResultAsync(PageNumber, cancellationToken);
    }

    public sealed record UserRowView(string Id, string DisplayName, string Email, string? Role, string? City, bool IsLockedOut, bool IsInvitationPending);
}
