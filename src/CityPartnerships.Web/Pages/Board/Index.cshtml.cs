using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Suggestions;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.Board;

/// <summary>
/// "Cities seeking cities": the open posts for every signed-in user (the public does not see the board), the viewer's
/// own city's posts in every state, and for admins the hidden ones.
/// </summary>
public sealed class IndexModel(PartnerSearchBoard board, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "area")]
    public int? AreaId { get; set; }

    [BindProperty(SupportsGet = true, Name = "worldregion")]
    public WorldRegion? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public PartnershipKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "show")]
    public BoardScope Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public BoardSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PartnerSearchRowView> Posts { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanPost { get; private set; }

    public bool HasCity { get; private set; }

    public bool CanModerate { get; private set; }

    public bool IsFiltered => AreaId is not null || Region is not null || Kind is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if ((Scope == BoardScope.Mine && viewer.CityId is null) || (Scope == BoardScope.Hidden && !viewer.CanModeratePartnerSearches)
            || !Enum.IsDefined(Scope) || !Enum.IsDefined(Sort))
        {
            Scope = BoardScope.Open;
            Sort = BoardSort.Newest;
        }

        CanPost = viewer.CanPostPartnerSearch;
        HasCity = viewer.CityId is not null;
        CanModerate = viewer.CanModeratePartnerSearches;
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
        Posts = await board.ListAsync(viewer, new PartnerSearchFilter(AreaId, Region, Kind, Scope, Sort), PageNumber, ActionAreaNames.Language,
            cancellationToken);
        return Page();
    }
}
