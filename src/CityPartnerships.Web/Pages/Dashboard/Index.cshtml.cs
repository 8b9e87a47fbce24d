using CityPartnerships.Web.Features.Figures;

namespace CityPartnerships.Web.Pages.Dashboard;

/// <summary>The mayor's office start page: the city's international engagement at a glance, read-only.</summary>
public sealed class IndexModel(EngagementFigures figures, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CityFigures Figures { get; private set; } = null!;

    public string CityName => Figures.CityName;

    public int ActivePartnerships => Figures.ActivePartnerships;

    public int PartnerCountries => Figures.PartnerCountries;

    public int DueForVerification => Figures.DueForVerification;

    public int PublishedBestPractices => Figures.PublishedBestPractices;

    public decimal? UnitStaffFte => Figures.UnitStaffFte;

    public decimal? UnitBudgetEur => Figures.UnitBudgetEur;

    public bool? HasStrategy => Figures.HasStrategy;

    public IReadOnlyList<Bar> ByKind { get; private set; } = [];

    public IReadOnlyList<Bar> ByStatus { get; private set; } = [];

    public IReadOnlyList<Bar> ByActionArea { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(User);
        if (viewer.CityId is not { } cityId
            || await figures.ForCityAsync(viewer, cityId, clock.GetUtcNow().UtcDateTime, cancellationToken) is not { } cityFigures)
        {
            return NotFound();
        }

        Figures = cityFigures;
        ByKind = Bars.Of(cityFigures.ByKind, localizer);
        ByStatus = Bars.Of(cityFigures.ByStatus, localizer);
        ByActionArea = Bars.Of(cityFigures.ByActionArea);
        return Page();
    }
}
