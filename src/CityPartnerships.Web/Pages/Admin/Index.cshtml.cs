using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Features.Figures;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Pages.Legal;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.Admin;

/// <summary>The association dashboard, the admin's start page: association-wide figures, rankings and the member cities.</summary>
public sealed class IndexModel(AppDbContext db, EngagementFigures figures, SharedReadCache cache, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public AssociationDashboard Figures { get; private set; } = null!;

    public PagedResult<MemberRowView> Members { get; private set; } = null!;

    /// <summary>Legal pages with parts in [square brackets] still to fill in before the portal goes live.</summary>
    public IReadOnlyList<LegalPageToFill> LegalPagesToFill { get; private set; } = [];

    public IReadOnlyList<Bar> ByKind => [.. Figures.ByKind.Select(c => new Bar(localizer[$"PartnershipKind.{c.Code}"], c.Value, ListLink(PartnershipStatus.Active, c.Code)))];

    public IReadOnlyList<Bar> ByStatus => [.. Figures.ByStatus.Select(c => new Bar(localizer[$"PartnershipStatus.{c.Code}"], c.Value, ListLink(c.Code)))];

    public IReadOnlyList<Bar> ByWorldRegion =>
        [.. Figures.ByWorldRegion.Select(c => new Bar(localizer[$"WorldRegion.{c.Code}"], c.Value, c.Value == 0 ? null : ListLink(PartnershipStatus.Active, worldRegion: c.Code)))];

    public IReadOnlyList<Bar> BestPractices => Bars.Of(Figures.BestPractices, localizer);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Members = await db.Cities.AsNoTracking()
            .Where(c => c.IsAssociationMember)
            .OrderBy(c => c.Name)
            .Select(c => new MemberRowView(
                c.Id,
                c.Name,
                c.Region,
                c.CountryCode,
                db.Partnerships.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status == PartnershipStatus.Active),
                c.InternationalAffairsUnit == null ? null : c.InternationalAffairsUnit.StaffFte,
                c.InternationalAffairsUnit != null && c.InternationalAffairsUnit.HasAdoptedInternationalStrategy))
            // The association's figures counted the member cities already.
            .ToPagedResultAsync(PageNumber, Figures.MemberCities, cancellationToken);
        LegalPagesToFill = await LegalPages.ToFillAsync(db, cache, cancellationToken);
        return Page();
    }

    /// <summary>The association's figures as a CSV file, from the same read as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var header = new[] { localizer["Export.Section"].Value, localizer["Export.Item"].Value, localizer["Export.Value"].Value };
        return new CsvFile($"association-{Figures.Today:yyyy-MM-dd}.csv", ',', header, DashboardExport.AssociationRows(Figures, localizer));
    }

    /// <summary>The register filtered to the records behind a figure.</summary>
    public string ListLink(PartnershipStatus? status = null, PartnershipKind? kind = null, int? area = null, bool south = false, bool due = false,
        int? from = null, int? to = null, int? city = null, WorldRegion? worldRegion = null) =>
        Url.Page("/Partnerships/Index", new PartnershipFilter
        {
            Status = status,
            Kind = kind,
            Area = area,
            South = south,
            Due = due,
            From = from,
            To = to,
            City = city,
            WorldRegion = worldRegion,
        }.RouteValues())!;

    public Dictionary<string, string> PeriodRoute() => new()
    {
        ["from"] = Figures.Period.From.ToString(CultureInfo.InvariantCulture),
        ["to"] = Figures.Period.To.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await figures.ForAssociationAsync(Viewer.From(User), DashboardPeriod.For(From, To, now.Year), now, cancellationToken) is not { } association)
        {
            return Forbid();
        }

        Figures = association;
        return null;
    }

    public sealed record MemberRowView(int Id, string Name, string? Region, string CountryCode, int ActivePartnerships, decimal? StaffFte, bool HasStrategy);
}
