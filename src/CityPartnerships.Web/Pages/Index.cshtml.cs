using CityPartnerships.Domain.Partnerships;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ActionAreaView> ActionAreas { get; private set; } = [];

    public int CityCount { get; private set; }

    public int ActivePartnershipCount { get; private set; }

    public int CountryCount { get; private set; }

    public string? StartPage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            StartPage = Roles.StartPage(User.GetPrimaryRole());
        }

        var areas = await db.ActionAreas.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        ActionAreas = [.. areas.Select(a => new ActionAreaView(a.Id, a.NameIn(ActionAreaNames.Language), a.DescriptionIn(ActionAreaNames.Language)))];
        // Cities that have partnerships, not every place in the gazetteer.
        var partnerCityIds = db.Partnerships.Select(p => p.CityId).Concat(db.Partnerships.Select(p => p.PartnerCityId)).Distinct();
        CityCount = await partnerCityIds.CountAsync(cancellationToken);
        CountryCount = await db.Cities.Where(c => partnerCityIds.Contains(c.Id)).Select(c => c.CountryCode).Distinct().CountAsync(cancellationToken);
        ActivePartnershipCount = await db.Partnerships.CountAsync(p => p.Status == PartnershipStatus.Active, cancellationToken);
    }

    public sealed record ActionAreaView(int Id, string Name, string Description);
}
