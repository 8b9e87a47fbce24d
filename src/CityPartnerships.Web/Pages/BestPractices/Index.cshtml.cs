using CityPartnerships.Web.Features.BestPractices;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Paging;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.BestPractices;

/// <summary>The public library: published practices, searched in German and English, filtered, sorted and paged.</summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, BestPracticeQueries queries, RegisterChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public int? AreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Sdg { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public CitySize? Size { get; set; }

    [BindProperty(SupportsGet = true, Name = "city")]
    public int? CityId { get; set; }

    /// <summary>The name of the city whose practices are shown; null when no (or no known) city was asked for.</summary>
    public string? CityName { get; private set; }

    [BindProperty(SupportsGet = true)]
    public BestPracticeSort? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<BestPracticeListItemView> Results { get; private set; } = new([], 1, BestPracticeSearch.PageSize, 0);

    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public BestPracticeSort EffectiveSort { get; private set; }

    public bool IsFiltered => Text is not null || AreaId is not null || Sdg is not null || Country is not null || Size is not null || CityId is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Nonsense in the address (an unknown size, a letter for a page) is ignored rather than refused.
        foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count > 0).ToList())
        {
            ModelState.Remove(key);
        }

        CityName = CityId is { } cityId
            ? await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var search = new BestPracticeSearch(Text, AreaId, Sdg is >= 1 and <= 17 ? Sdg : null, Country, Size, Sort, PageNumber, CityId);
        EffectiveSort = search.EffectiveSort;
        Results = await queries.SearchAsync(search, ActionAreaNames.Language, cancellationToken);
        AreaOptions = await choices.ActionAreasAsync(cancellationToken);
        var countries = await queries.PublishedCountriesAsync(cancellationToken);
        CountryOptions = [.. countries.Select(c => new SelectListItem(CountryNames.Display(c), c)).OrderBy(o => o.Text, StringComparer.CurrentCulture)];
    }
}
