using CityPartnerships.Web.Features.Climate;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Climate;

/// <summary>
/// The climate-twin finder for one city. Public: climate values are open data, and partnerships are marked only as
/// far as the viewer may read the register (the public sees no internal ones).
/// </summary>
[AllowAnonymous]
public sealed class TwinsModel(ClimateTwins twins) : PageModel
{
    public ClimateTwinsView Twins { get; private set; } = null!;

    public TwinMap? Map { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? projection, CancellationToken cancellationToken)
    {
        if (await twins.FindAsync(Viewer.From(User), id, projection, ActionAreaNames.Language, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        Twins = view;
        Map = TwinMap.For(view);
        return Page();
    }
}
