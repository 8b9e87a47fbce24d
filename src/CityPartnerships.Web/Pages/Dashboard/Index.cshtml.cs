using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Features.Figures;
using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Dashboard;

/// <summary>
/// A city's international engagement at a glance, read-only: the start page of the mayor's office; staff see their
/// own city, admins any city (from the association overview).
/// </summary>
public sealed class IndexModel(EngagementFigures figures, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "city")]
    public int? CityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public CityDashboard Figures { get; private set; } = null!;

    public Viewer Access { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } refusal ? refusal : Page();

    /// <summary>The dashboard's figures as a CSV file: one line per figure, the same numbers as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var header = new[] { localizer["Export.Section"].Value, localizer["Export.Item"].Value, localizer["Export.Value"].Value };
        return new CsvFile($"dashboard-{Figures.CityName}-{Figures.Today:yyyy-MM-dd}.csv", ',', header, DashboardExport.CityRows(Figures, localizer));
    }

    /// <summary>The register filtered to the records behind a figure of this city.</summary>
    public string ListLink(PartnershipStatus? status = null, PartnershipKind? kind = null, int? area = null, string? country = null,
        bool south = false, bool due = false, int? from = null, int? to = null, WorldRegion? worldRegion = null) =>
        Url.Page("/Partnerships/Index", new PartnershipFilter
        {
            City = Figures.CityId,
            Status = status,
            Kind = kind,
            Area = area,
            Country = country,
            WorldRegion = worldRegion,
            South = south,
            Due = due,
            From = from,
            To = to,
        }.RouteValues())!;

    public IReadOnlyList<Bar> ByKind => [.. Figures.ByKind.Select(c => new Bar(localizer[$"PartnershipKind.{c.Code}"], c.Value, ListLink(kind: c.Code)))];

    public IReadOnlyList<Bar> ByStatus => [.. Figures.ByStatus.Select(c => new Bar(localizer[$"PartnershipStatus.{c.Code}"], c.Value, ListLink(status: c.Code)))];

    public IReadOnlyList<Bar> ByWorldRegion =>
        [.. Figures.PartnerRegions.Select(c => new Bar(localizer[$"WorldRegion.{c.Code}"], c.Value, c.Value == 0 ? null : ListLink(PartnershipStatus.Active, worldRegion: c.Code)))];

    public IReadOnlyList<Bar> ByActionArea =>
        [.. Figures.ByActionArea.Where(a => a.Value > 0)
            .Select(a => new Bar(a.NameIn(ActionAreaNames.Language), a.Value, ListLink(PartnershipStatus.Active, area: a.AreaId)))];

    /// <summary>The URL values of the shown city and period, for the links that keep them.</summary>
    public Dictionary<string, string> PeriodRoute()
    {
        var values = new Dictionary<string, string>
        {
            ["from"] = Figures.Period.From.ToString(CultureInfo.InvariantCulture),
            ["to"] = Figures.Period.To.ToString(CultureInfo.InvariantCulture),
        };
        if (CityId is { } city)
        {
            values["city"] = city.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Access = Viewer.From(User);
        if ((CityId ?? Access.CityId) is not { } cityId)
        {
            // An admin has no city of their own: the association overview lists the member cities to open.
            return RedirectToPage("/Admin/Index");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await figures.ForCityAsync(Access, cityId, DashboardPeriod.For(From, To, now.Year), now, cancellationToken) is not { } dashboard)
        {
            return NotFound();
        }

        Figures = dashboard;
        return null;
    }
}
