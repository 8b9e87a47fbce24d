using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Figures;
using CityPartnerships.Web.Localization;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Admin;

/// <summary>The association admin's start page: association-wide figures and the member cities.</summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int MemberCities { get; private set; }

    public int Cities { get; private set; }

    public int ActivePartnerships { get; private set; }

    public int UnitsWithStrategy { get; private set; }

    public int Units { get; private set; }

    public int Users { get; private set; }

    public IReadOnlyList<Bar> ByKind { get; private set; } = [];

    public IReadOnlyList<Bar> ByActionArea { get; private set; } = [];

    public IReadOnlyList<Bar> BestPractices { get; private set; } = [];

    public PagedResult<MemberRow> Members { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        MemberCities = await db.Cities.CountAsync(c => c.IsAssociationMember, cancellationToken);
        Cities = await db.Cities.CountAsync(cancellationToken);
        var active = db.Partnerships.AsNoTracking().Where(p => p.Status == PartnershipStatus.Active);
        ActivePartnerships = await active.CountAsync(cancellationToken);
        Units = await db.InternationalAffairsUnits.CountAsync(cancellationToken);
        UnitsWithStrategy = await db.InternationalAffairsUnits.CountAsync(u => u.HasAdoptedInternationalStrategy, cancellationToken);
        Users = await db.Users.CountAsync(cancellationToken);

        var byKind = await active.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        ByKind = [.. byKind.OrderByDescending(g => g.Count).Select(g => new Bar(localizer[$"PartnershipKind.{g.Key}"], g.Count))];
        var byArea = await active.SelectMany(p => p.ActionAreas)
            .Select(ActionAreaNames.InCurrentLanguage())
            .GroupBy(name => name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .ToListAsync(cancellationToken);
        ByActionArea = [.. byArea.Select(g => new Bar(g.Name, g.Count))];
        var practices = await db.BestPractices.GroupBy(b => b.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        BestPractices = [.. Enum.GetValues<BestPracticeStatus>()
            .Select(s => new Bar(localizer[$"BestPracticeStatus.{s}"], practices.FirstOrDefault(p => p.Key == s)?.Count ?? 0))];

        Members = await db.Cities.AsNoTracking()
            .Where(c => c.IsAssociationMember)
            .OrderBy(c => c.Name)
            .Select(c => new MemberRow(
                c.Name,
                c.Region,
                db.Partnerships.Count(p => (p.CityId == c.Id || p.PartnerCityId == c.Id) && p.Status == PartnershipStatus.Active),
                c.InternationalAffairsUnit == null ? null : c.InternationalAffairsUnit.StaffFte,
                c.InternationalAffairsUnit != null && c.InternationalAffairsUnit.HasAdoptedInternationalStrategy))
            .ToPagedResultAsync(PageNumber, cancellationToken);
    }

    public sealed record MemberRow(string Name, string? Region, int ActivePartnerships, decimal? StaffFte, bool HasStrategy);
}
