using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Features.BestPractices;
using CityPartnerships.Web.Features.Partnerships;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Directory;

/// <summary>
/// A member city in the public directory: its partners (records that are not internal) and its published best
/// practices. Never contacts, documents, projects or internal records.
/// </summary>
[AllowAnonymous]
public sealed class CityModel(AppDbContext db, PartnershipQueries queries, BestPracticeQueries practices) : PageModel
{
    public CityView City { get; private set; } = null!;

    public IReadOnlyList<PartnershipRowView> Partners { get; private set; } = [];

    public IReadOnlyList<PracticeSummaryView> Practices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Cities.AsNoTracking()
                .Where(c => c.Id == id && c.IsAssociationMember)
                .Select(c => new CityView(c.Id, c.Name, c.CountryCode, c.Region, c.Population))
                .SingleOrDefaultAsync(cancellationToken) is not { } city)
        {
            return NotFound();
        }

        City = city;
        Partners = await queries.OfCity(Viewer.Anonymous, id)
            .OrderBy(r => r.Status == PartnershipStatus.Ended).ThenBy(r => r.PartnerName).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        Practices = await practices.PublishedOfCityAsync(id, ActionAreaNames.Language, cancellationToken);
        return Page();
    }

    public sealed record CityView(int Id, string Name, string CountryCode, string? Region, int? Population);
}
