using CityPartnerships.Web.Features.BestPractices;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.ActionAreas;

/// <summary>
/// An action area: its description, benefits and suggestions, the two practices the association features, further
/// published practices, the partnerships and projects tagged with it that the reader may see, and its SDGs.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(AppDbContext db, BestPracticeQueries practices) : PageModel
{
    private const int Listed = 10;

    public AreaView Area { get; private set; } = null!;

    public IReadOnlyList<PracticeSummaryView> Featured { get; private set; } = [];

    public IReadOnlyList<PracticeSummaryView> MorePractices { get; private set; } = [];

    public int PartnershipCount { get; private set; }

    public IReadOnlyList<TaggedView> Partnerships { get; private set; } = [];

    public IReadOnlyList<TaggedView> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var language = ActionAreaNames.Language;
        var area = await db.ActionAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (area is null)
        {
            return NotFound();
        }

        Area = new AreaView(area.Id, area.NameIn(language), area.DescriptionIn(language), area.BenefitsIn(language), area.SuggestionsIn(language), area.Sdgs);
        var published = await practices.PublishedInAreaAsync(id, language, cancellationToken);
        Featured = [.. new[] { area.FirstFeaturedPracticeId, area.SecondFeaturedPracticeId }
            .Select(featured => published.FirstOrDefault(p => p.Id == featured)).OfType<PracticeSummaryView>()];
        MorePractices = [.. published.Where(p => !Featured.Contains(p)).Take(Listed)];

        var viewer = Viewer.From(User);
        if (User.Identity?.IsAuthenticated == true)
        {
            var tagged = db.Partnerships.AsNoTracking().Where(viewer.Readable()).Where(p => p.ActionAreas.Any(a => a.Id == id));
            PartnershipCount = await tagged.CountAsync(cancellationToken);
            Partnerships = await tagged.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id).Take(Listed)
                .Select(p => new TaggedView(p.Id, p.City!.NameIn(PortalCultures.Language) + " – " + p.PartnerCity!.NameIn(PortalCultures.Language)))
                .ToListAsync(cancellationToken);
            var readable = db.Partnerships.Where(viewer.Readable()).Select(p => p.Id);
            Projects = await db.Projects.AsNoTracking()
                .Where(p => readable.Contains(p.PartnershipId) && p.ActionAreas.Any(a => a.Id == id))
                .OrderByDescending(p => p.Id).Take(Listed)
                .Select(p => new TaggedView(p.PartnershipId, p.Title))
                .ToListAsync(cancellationToken);
        }
        else
        {
            PartnershipCount = await db.Partnerships.AsNoTracking().Where(viewer.Readable()).CountAsync(p => p.ActionAreas.Any(a => a.Id == id), cancellationToken);
        }

        return Page();
    }

    public sealed record AreaView(int Id, string Name, string Description, string? Benefits, string? Suggestions, IReadOnlyList<int> Sdgs);

    public sealed record TaggedView(int PartnershipId, string Title);
}
