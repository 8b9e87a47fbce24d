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

    /// <summary>
    /// Public data, so the browser may keep it and ask again with its validator: an unchanged directory answers 304.
    /// (The signed-in map's data stays out of the browser's cache, like every page with non-public records.)
    /// </summary>
    public async Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken)
    {
        var payload = await queries.DirectoryMapPayloadAsync(Filter, cancellationToken);
        Response.Headers.CacheControl = "public, no-cache";
        Response.Headers.ETag = payload.ETag;
        return Request.Headers.IfNoneMatch.Contains(payload.ETag)
            ? StatusCode(StatusCodes.Status304NotModified)
            : File(payload.Json, "application/json");
    }
}
