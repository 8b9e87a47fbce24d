using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.Figures;
using CityPartnerships.Web.Paging;

namespace CityPartnerships.Web.Pages.Admin;

/// <summary>The association admin's start page: association-wide figures and the member cities.</summary>
public sealed class IndexModel(AppDbContext db, EngagementFigures figures, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AssociationFigures Figures { get; private set; } = null!;

    public int MemberCities => Figures.MemberCities;

    public int Cities => Figures.Cities;

    public int ActivePartnerships => Figures.ActivePartnerships;

    public int UnitsWithStrategy => Figures.UnitsWithStrategy;

    public int Units => Figures.Units;

    public int Users => Figures.Users;

    public IReadOnlyList<Bar> ByKind { get; private set; } = [];

    public IReadOnlyList<Bar> ByActionArea { get; private set; } = [];

    public IReadOnlyList<Bar> BestPractices { get; private set; } = [];

    public PagedResult<MemberRowView> Members { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await figures.ForAssociationAsync(Viewer.From(User), cancellationToken) is not { } association)
        {
            return Forbid();
        }

        Figures = association;
        ByKind = Bars.Of(association.ByKind, localizer);
        ByActionArea = Bars.Of(association.ByActionArea);
        BestPractices = Bars.Of(association.BestPractices, localizer);

        Members = await db.Cities.AsNoTracking()
            .Where(c => c.IsAssociationMember)
            .OrderBy(c => c.Name)
            .Select(c => new MemberRowView(
                c.Name,
                c.Region,
                db.Partnerships.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status == PartnershipStatus.Active),
                c.InternationalAffairsUnit == null ? null : c.InternationalAffairsUnit.StaffFte,
                c.InternationalAffairsUnit != null && c.InternationalAffairsUnit.HasAdoptedInternationalStrategy))
            .ToPagedResultAsync(PageNumber, cancellationToken);
        return Page();
    }

    public sealed record MemberRowView(string Name, string? Region, int ActivePartnerships, decimal? StaffFte, bool HasStrategy);
}
