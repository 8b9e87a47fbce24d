using CityPartnerships.Web.Features.Export;
using CityPartnerships.Web.Features.Partnerships;
using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;
using Microsoft.AspNetCore.Authorization;

namespace CityPartnerships.Web.Pages.Directory;

/// <summary>
/// The public directory: the member cities' partnerships that are not internal, searchable like the register, for
/// anyone without signing in. It shows what the public may see even to signed-in users.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db, PartnershipQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private static readonly string[] _exportColumns =
    [
        "City.Name", "City.Country", "Partnership.Partner", "Partnership.PartnerCountry", "Partnership.Kind", "Partnership.Status",
        "Partnership.StartedOn",
    ];

    [BindProperty(SupportsGet = true)]
    public PartnershipFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PartnershipRowView> Partnerships { get; private set; } = null!;

    /// <summary>Why a row was found when neither of its shown names fits the search ("Kyoln" for Köln).</summary>
    public NamesFoundBy FoundBy { get; private set; } = NamesFoundBy.None;


    public IReadOnlyList<SelectListItem> AreaOptions { get; private set; } = [];

    /// <summary>The ids of member cities among the rows, whose names link to their directory page.</summary>
    public IReadOnlySet<int> MemberIds { get; private set; } = new HashSet<int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Partnerships = await queries.DirectoryPageAsync(Filter, PageNumber, cancellationToken);
        FoundBy = await queries.NamesFoundByAsync(Partnerships.Items, Filter.Q, cancellationToken);
        MemberIds = (await queries.MemberCityIdsAsync(cancellationToken)).Intersect(Partnerships.Items.Select(r => r.CityId)).ToHashSet();
        AreaOptions = await ActionAreaNames.OptionsAsync(db, cancellationToken);
    }

    /// <summary>The filtered directory as a CSV file, streamed as it is read.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var rows = (await queries.DirectoryListAsync(Filter, cancellationToken)).AsAsyncEnumerable().Select(row => (IReadOnlyList<object?>)
        [
            row.CityName,
            CountryNames.Display(row.CityCountry),
            row.PartnerName,
            CountryNames.Display(row.PartnerCountry),
            localizer[$"PartnershipKind.{row.Kind}"].Value,
            localizer[$"PartnershipStatus.{row.Status}"].Value,
            row.StartedOn,
        ]);
        return new CsvFile($"directory-{clock.GetUtcNow():yyyy-MM-dd}.csv", ',', [.. _exportColumns.Select(key => localizer[key].Value)], rows);
    }

    public Dictionary<string, string> SortLink(string key)
    {
        var values = Filter.RouteValues();
        values["sort"] = key;
        values.Remove("desc");
        if (Filter.SortKey == key && !Filter.Desc)
        {
            values["desc"] = "true";
        }

        return values;
    }
}
