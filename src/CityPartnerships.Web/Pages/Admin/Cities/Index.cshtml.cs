using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Paging;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Pages.Admin.Cities;

/// <summary>The gazetteer for admins: by default the cities users added by hand, to review; any place by search.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const string AddedByHand = "hand";
    public const string Members = "members";
    public const string All = "all";
    public static readonly IReadOnlyList<string> Scopes = [AddedByHand, Members, All];
    public static readonly IReadOnlyList<string> Sorts = ["name", "newest", "partnerships"];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "scope")]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CityRowView> Cities { get; private set; } = null!;

    /// <summary>Why a city was found when its shown name does not fit the search ("Kyoln" for Köln).</summary>
    public NamesFoundBy FoundBy { get; private set; } = NamesFoundBy.None;

    public IReadOnlyList<SelectListItem> CountryOptions { get; private set; } = [];

    public string CurrentScope => Scopes.Contains(Scope) ? Scope! : AddedByHand;

    public string CurrentSort => Sorts.Contains(Sort) ? Sort! : "newest";

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrEmpty(Country);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CountryOptions = CountryNames.Options();
        var cities = string.IsNullOrWhiteSpace(Search) ? db.Cities.AsNoTracking() : db.NameContains(Search);
        cities = CurrentScope switch
        {
            Members => cities.Where(c => c.IsAssociationMember),
            All => cities,
            _ => cities.Where(c => c.GeoNameId == null),
        };
        if (CountryCode.Normalize(Country) is { } country)
        {
            cities = cities.Where(c => c.CountryCode == country);
        }

        // Counting partnerships for every one of the gazetteer's places would read them all: that order needs a narrower list.
        var sort = CurrentSort == "partnerships" && CurrentScope == All && string.IsNullOrWhiteSpace(Search) ? "name" : CurrentSort;
        var language = PortalCultures.Language;
        var ordered = sort switch
        {
            "name" => cities.OrderBy(c => c.NameIn(language)).ThenBy(c => c.Id),
            "partnerships" => cities.OrderByDescending(c => db.Partnerships.Count(p => p.CityId == c.Id || p.PartnerCityId == c.Id))
                .ThenBy(c => c.NameIn(language)).ThenBy(c => c.Id),
            _ => cities.OrderByDescending(c => c.Id),
        };
        var rows = ordered.Select(c => new CityRowView(
            c.Id,
            c.NameIn(language),
            c.Region,
            c.CountryCode,
            c.IsAssociationMember,
            c.GeoNameId == null,
            db.Partnerships.Count(p => p.CityId == c.Id || p.PartnerCityId == c.Id),
            null,
            null));
        var page = await rows.ToPagedResultAsync(cities, PageNumber, cancellationToken);
        Cities = page with { Items = await WithAuthorsAsync(page.Items, cancellationToken) };
        FoundBy = await db.NamesFoundByAsync(Cities.Items.Select(c => (c.Id, c.Name)), Search, cancellationToken);
    }

    /// <summary>
    /// Who added each city and when, from the history: one query for the page. No name when the portal added it itself
    /// (demo data, imports without a signed-in user): the page says so in the user's language.
    /// </summary>
    private async Task<IReadOnlyList<CityRowView>> WithAuthorsAsync(IReadOnlyList<CityRowView> rows, CancellationToken cancellationToken)
    {
        var keys = rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var created = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditedTypes.City && a.Action == AuditAction.Created && keys.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.UserId, a.UserName, a.At })
            .ToListAsync(cancellationToken);
        var byCity = created.GroupBy(a => a.EntityId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).First());
        return [.. rows.Select(r => byCity.TryGetValue(r.Id.ToString(CultureInfo.InvariantCulture), out var entry)
            ? r with { AddedBy = entry.UserId is null ? null : entry.UserName, AddedAt = entry.At }
            : r)];
    }

    public Dictionary<string, string> SortLink(string sort)
    {
        var values = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        values["sort"] = sort;
        values.Remove("p");
        return values;
    }

    public sealed record CityRowView(int Id, string Name, string? Region, string CountryCode, bool IsMember, bool IsAddedByHand,
        int Partnerships, string? AddedBy, DateTime? AddedAt);
}
