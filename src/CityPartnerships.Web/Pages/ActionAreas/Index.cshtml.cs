using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.ActionAreas;

/// <summary>The action areas of the position paper, public, in the reader's language.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AreaCardView> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var language = ActionAreaNames.Language;
        var areas = await db.ActionAreas.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new
            {
                Area = a,
                Practices = db.BestPractices.Count(p => p.Status == Domain.BestPractices.BestPracticeStatus.Published && p.ActionAreas.Any(x => x.Id == a.Id)),
            })
            .ToListAsync(cancellationToken);
        Areas = [.. areas.Select(a => new AreaCardView(a.Area.Id, a.Area.NameIn(language), a.Area.DescriptionIn(language), a.Area.Sdgs, a.Practices))];
    }

    public sealed record AreaCardView(int Id, string Name, string Description, IReadOnlyList<int> Sdgs, int PublishedPractices);
}
