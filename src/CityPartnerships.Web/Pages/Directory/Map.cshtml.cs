using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Pages.Map;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Directory;

/// <summary>The public directory's partnerships on the world map, for anyone; the same drawing as the association map.</summary>
[AllowAnonymous]
public sealed class MapModel(AppDbContext db, PartnershipQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PartnershipFilter Filter { get; set; } = new();

    public PartnershipMapOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Options = await PartnershipMapOptions.LoadAsync(db, Filter, "/Directory/Map", "/Directory/Index", showMine: false, cancellationToken);

    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken) =>
        new JsonResult(await queries.DirectoryMapAsync(Filter, cancellationToken));
}
