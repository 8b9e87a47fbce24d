using CityPartnerships.Domain.Climate;
using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Climate;

/// <summary>
/// The cities that have climate values, to open a city's climate twins, and the data sets they come from with the
/// rows of each file that named no city of the portal. Public, like the values themselves.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int SearchMaxLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CityWithClimateView> Cities { get; private set; } = null!;

    /// <summary>Why a city was found when its shown name does not fit the search ("Kyoln" for Köln).</summary>
    public NamesFoundBy FoundBy { get; private set; } = NamesFoundBy.None;

    public IReadOnlyList<DataSetView> DataSets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Query?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, SearchMaxLength)] : null;
        var cities = query is null ? db.Cities.AsNoTracking() : db.NameContains(query);
        var withData = cities.Where(c => db.CityClimates.Any(v => v.CityId == c.Id && v.Period == ClimatePeriod.Present));
        var language = PortalCultures.Language;
        var countries = CountryNames.CodesInNameOrder();
        var ordered = Sort == "country"
            ? withData.OrderBy(c => Array.IndexOf(countries, c.CountryCode)).ThenBy(c => c.NameIn(language)).ThenBy(c => c.Id)
            : withData.OrderBy(c => c.NameIn(language)).ThenBy(c => c.CountryCode).ThenBy(c => c.Id);
        Cities = await ordered
            .Select(c => new CityWithClimateView(c.Id, c.NameIn(language), c.CountryCode, c.Region,
                db.CityClimates.Where(v => v.CityId == c.Id).Count(v => v.Period != ClimatePeriod.Present),
                db.CityClimates.Any(v => v.CityId == c.Id && v.IsDerived)))
            .ToPagedResultAsync(PageNumber, cancellationToken);
        FoundBy = await db.NamesFoundByAsync(Cities.Items.Select(c => (c.Id, c.Name)), query, cancellationToken);

        DataSets = await db.ClimateDataSets.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new DataSetView(d.Name, d.Citation, d.Licence, d.Url, d.ImportedAt, d.RowsInFile, d.RowsImported,
                EF.Property<List<string>>(d, "_unmatchedRows")))
            .ToListAsync(cancellationToken);
    }

    public sealed record CityWithClimateView(int Id, string Name, string CountryCode, string? Region, int Projections, bool IsDerived);

    public sealed record DataSetView(string Name, string Citation, string? Licence, string? Url, DateTime ImportedAt, int RowsInFile,
        int RowsImported, IReadOnlyList<string> UnmatchedRows);
}
