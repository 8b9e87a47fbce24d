using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.MyCity;

/// <summary>The start page of international affairs staff: their city, its unit and its partnerships.</summary>
public sealed class IndexModel(AppDbContext db, PartnershipQueries queries, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public PartnershipStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The column the list is sorted by; unknown values sort by partner name.</summary>
    public string SortKey => Sort is "kind" or "status" or "since" or "country" ? Sort : "partner";

    public CityHeaderView City { get; private set; } = null!;

    public UnitSummaryView? Unit { get; private set; }

    public IReadOnlyList<string> Networks { get; private set; } = [];

    public PagedResult<PartnershipRowView> Partnerships { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var cityId = User.GetCityId()!.Value;
        var city = await db.Cities.AsNoTracking()
            .Where(c => c.Id == cityId)
            .Select(c => new CityHeaderView(c.Name, c.CountryCode, c.Region, c.IsAssociationMember))
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        City = city;
        var areaName = ActionAreaNames.InCurrentLanguage();
        Unit = await db.InternationalAffairsUnits.AsNoTracking()
            .Where(u => u.CityId == cityId)
            .Select(u => new UnitSummaryView(u.Name, u.Kind, u.StaffFte, u.AnnualBudgetEur, u.ContactEmail, u.HasAdoptedInternationalStrategy,
                u.FocusAreas.AsQueryable().Select(areaName).OrderBy(name => name).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

        Networks = [.. (await db.Cities.AsNoTracking().Where(c => c.Id == cityId).SelectMany(c => c.Networks).ToListAsync(cancellationToken))
            .Select(n => n.ShortNameIn(PortalCultures.Language)).Order(PortalCultures.NameOrder)];
        Now = clock.GetUtcNow().UtcDateTime;
        var rows = queries.OfCity(Viewer.From(User), cityId, Status);
        var countries = CountryNames.CodesInNameOrder();
        rows = SortKey switch
        {
            "kind" => rows.OrderBy(RegisterOrder.KindRank).ThenBy(r => r.PartnerName).ThenBy(r => r.Id),
            "status" => rows.OrderBy(RegisterOrder.StatusRank).ThenBy(r => r.PartnerName).ThenBy(r => r.Id),
            "since" => rows.OrderBy(r => r.StartedOn == null).ThenBy(r => r.StartedOn).ThenBy(r => r.PartnerName).ThenBy(r => r.Id),
            "country" => rows.OrderBy(r => Array.IndexOf(countries, r.PartnerCountry)).ThenBy(r => r.PartnerName).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.PartnerName).ThenBy(r => r.Id),
        };
        Partnerships = await rows.ToPagedResultAsync(PageNumber, cancellationToken);
        return Page();
    }

    public bool NeedsVerification(PartnershipRowView row) => row.IsDueForVerificationAt(Now);

    public sealed record CityHeaderView(string Name, string CountryCode, string? Region, bool IsAssociationMember);

    public sealed record UnitSummaryView(string Name, UnitKind Kind, decimal StaffFte, decimal? AnnualBudgetEur, string? ContactEmail, bool HasStrategy,
        IReadOnlyList<string> FocusAreas);
}
