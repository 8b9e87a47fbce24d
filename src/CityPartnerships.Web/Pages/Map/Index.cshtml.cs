using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Map;

/// <summary>
/// Every partnership the user may read as lines on one world map, filtered with the register's URL parameters. The
/// page is a shell; the lines come from <see cref="OnGetDataAsync"/> and are drawn in the browser.
/// </summary>
public sealed class IndexModel(AppDbContext db, PartnershipQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PartnershipFilter Filter { get; set; } = new();

    public PartnershipMapOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Options = await PartnershipMapOptions.LoadAsync(db, Filter, "/Map/Index", "/Partnerships/Index", Viewer.From(User).CityId is not null, cancellationToken);

    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken) =>
        File((await queries.MapPayloadAsync(Viewer.From(User), Filter, cancellationToken)).Json, "application/json");
}
