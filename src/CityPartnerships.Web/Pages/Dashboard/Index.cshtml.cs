using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Figures;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Web.Pages.Dashboard;

/// <summary>The mayor's office start page: the city's international engagement at a glance, read-only.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string CityName { get; private set; } = string.Empty;

    public int ActivePartnerships { get; private set; }

    public int PartnerCountries { get; private set; }

    public int DueForVerification { get; private set; }

    public int PublishedBestPractices { get; private set; }

    public decimal? UnitStaffFte { get; private set; }

    public decimal? UnitBudgetEur { get; private set; }

    public bool? HasStrategy { get; private set; }

    public IReadOnlyList<Bar> ByKind { get; private set; } = [];

    public IReadOnlyList<Bar> ByStatus { get; private set; } = [];

    public IReadOnlyList<Bar> ByActionArea { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var cityId = User.GetCityId()!.Value;
        var city = await db.Cities.AsNoTracking()
            .Where(c => c.Id == cityId)
            .Select(c => new
            {
                c.Name,
                Staff = (decimal?)c.InternationalAffairsUnit!.StaffFte,
                Budget = c.InternationalAffairsUnit!.AnnualBudgetEur,
                Strategy = (bool?)c.InternationalAffairsUnit!.HasAdoptedInternationalStrategy,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (city is null)
        {
            return NotFound();
        }

        (CityName, UnitStaffFte, UnitBudgetEur, HasStrategy) = (city.Name, city.Staff, city.Budget, city.Strategy);

        var ofCity = db.Partnerships.AsNoTracking().Where(p => p.CityId == cityId || p.PartnerCityId == cityId);
        var active = ofCity.Where(p => p.Status == PartnershipStatus.Active);
        var cutoff = Partnership.VerificationCutoff(clock.GetUtcNow().UtcDateTime);

        ActivePartnerships = await active.CountAsync(cancellationToken);
        PartnerCountries = await active
            .Select(p => p.CityId == cityId ? p.PartnerCity!.CountryCode : p.City!.CountryCode)
            .Distinct()
            .CountAsync(cancellationToken);
        var cutoffDate = DateOnly.FromDateTime(cutoff);
        DueForVerification = await ofCity
            .CountAsync(p => p.Status != PartnershipStatus.Ended
                && (p.LastVerifiedAt == null || p.LastVerifiedAt < cutoff)
                && !db.Activities.Any(a => a.PartnershipId == p.Id && a.StartsOn >= cutoffDate), cancellationToken);
        PublishedBestPractices = await db.BestPractices
            .CountAsync(b => b.CityId == cityId && b.Status == Domain.BestPractices.BestPracticeStatus.Published, cancellationToken);

        var byKind = await ofCity.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        ByKind = [.. byKind.OrderByDescending(g => g.Count).Select(g => new Bar(localizer[$"PartnershipKind.{g.Key}"], g.Count))];

        var byStatus = await ofCity.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        ByStatus = [.. byStatus.OrderBy(g => g.Key).Select(g => new Bar(localizer[$"PartnershipStatus.{g.Key}"], g.Count))];

        var byArea = await active.SelectMany(p => p.ActionAreas)
            .Select(ActionAreaNames.InCurrentLanguage())
            .GroupBy(name => name)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name)
            .ToListAsync(cancellationToken);
        ByActionArea = [.. byArea.Select(g => new Bar(g.Name, g.Count))];
        return Page();
    }
}
