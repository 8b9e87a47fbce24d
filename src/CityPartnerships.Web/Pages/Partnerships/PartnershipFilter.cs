using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Pages.Partnerships;

/// <summary>
/// The list's filters and sort order as they appear in the URL, so a result can be bookmarked and shared.
/// Filters combine; unknown values are ignored rather than failing.
/// </summary>
public sealed class PartnershipFilter
{
    public const int SearchMaxLength = SearchText.MaxLength;

    public string? Q { get; set; }

    public string? Country { get; set; }

    public string? Region { get; set; }

    public PartnershipKind? Kind { get; set; }

    public PartnershipStatus? Status { get; set; }

    public int? Area { get; set; }

    /// <summary>Partnerships where at least one of the two cities belongs to this city network.</summary>
    public int? Network { get; set; }

    public bool South { get; set; }

    public bool Mine { get; set; }

    public string? Sort { get; set; }

    public bool Desc { get; set; }

    public static IReadOnlyList<string> SortKeys { get; } = ["newest", "city", "partner", "kind", "status", "since", "verified"];

    /// <summary>Newest first unless the user sorts by a column: cheap on any size (primary key order) and what people look for.</summary>
    public string SortKey => Sort is not null && SortKeys.Contains(Sort) ? Sort : "newest";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Country) && string.IsNullOrWhiteSpace(Region)
        && Kind is null && Status is null && Area is null && Network is null && !South && !Mine;

    /// <summary>Above this many cities matching a name, the search stays a subquery rather than a list of ids.</summary>
    private const int MaxCityIdsInList = 2000;

    public async Task<IQueryable<Partnership>> ApplyAsync(IQueryable<Partnership> partnerships, IQueryable<City> cities, int? ownCityId,
        CancellationToken cancellationToken)
    {
        // Name and country filters find the matching cities first (trigram and b-tree indexes on Cities), then the
        // partnerships through the indexes on CityId and PartnerCityId, instead of joining every partnership to test it.
        // A name usually matches few cities: sent as a list of ids (= ANY), PostgreSQL combines the two foreign-key
        // indexes instead of scanning all partnerships (see docs/benchmarks.md).
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + SearchText.EscapeLike(Q) + "%";
            var matching = cities.Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchNameColumn),
                SearchText.Unaccent(SearchText.Lower(pattern)))).Select(c => c.Id);
            var ids = await matching.Take(MaxCityIdsInList + 1).ToListAsync(cancellationToken);
            partnerships = ids.Count <= MaxCityIdsInList
                ? partnerships.Where(p => ids.Contains(p.CityId) || ids.Contains(p.PartnerCityId))
                : partnerships.Where(p => matching.Contains(p.CityId) || matching.Contains(p.PartnerCityId));
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim().ToUpperInvariant();
            var cityIds = cities.Where(c => c.CountryCode == country).Select(c => c.Id);
            partnerships = partnerships.Where(p => cityIds.Contains(p.CityId) || cityIds.Contains(p.PartnerCityId));
        }

        if (!string.IsNullOrWhiteSpace(Region))
        {
            var region = "%" + Region.Trim().Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            partnerships = partnerships.Where(p => EF.Functions.ILike(p.City!.Region!, region) || EF.Functions.ILike(p.PartnerCity!.Region!, region));
        }

        if (Kind is { } kind)
        {
            partnerships = partnerships.Where(p => p.Kind == kind);
        }

        if (Status is { } status)
        {
            partnerships = partnerships.Where(p => p.Status == status);
        }

        if (Area is { } area)
        {
            partnerships = partnerships.Where(p => p.ActionAreas.Any(a => a.Id == area));
        }

        if (Network is { } network)
        {
            partnerships = partnerships.Where(p => p.City!.Networks.Any(n => n.Id == network) || p.PartnerCity!.Networks.Any(n => n.Id == network));
        }

        if (South)
        {
            var southIds = cities.Where(c => c.IsInGlobalSouth).Select(c => c.Id);
            partnerships = partnerships.Where(p => southIds.Contains(p.CityId) || southIds.Contains(p.PartnerCityId));
        }

        if (Mine && ownCityId is { } own)
        {
            partnerships = partnerships.Where(p => p.CityId == own || p.PartnerCityId == own);
        }

        return partnerships;
    }

    public IQueryable<PartnershipRow> Order(IQueryable<PartnershipRow> rows) => (SortKey, Desc) switch
    {
        ("partner", false) => rows.OrderBy(r => r.PartnerName).ThenBy(r => r.Id),
        ("partner", true) => rows.OrderByDescending(r => r.PartnerName).ThenBy(r => r.Id),
        ("kind", false) => rows.OrderBy(r => r.Kind).ThenBy(r => r.CityName).ThenBy(r => r.Id),
        ("kind", true) => rows.OrderByDescending(r => r.Kind).ThenBy(r => r.CityName).ThenBy(r => r.Id),
        ("status", false) => rows.OrderBy(r => r.Status).ThenBy(r => r.CityName).ThenBy(r => r.Id),
        ("status", true) => rows.OrderByDescending(r => r.Status).ThenBy(r => r.CityName).ThenBy(r => r.Id),
        ("since", false) => rows.OrderBy(r => r.StartedOn == null).ThenBy(r => r.StartedOn).ThenBy(r => r.Id),
        ("since", true) => rows.OrderBy(r => r.StartedOn == null).ThenByDescending(r => r.StartedOn).ThenBy(r => r.Id),
        ("verified", false) => rows.OrderBy(r => r.LastVerifiedAt == null).ThenBy(r => r.LastVerifiedAt).ThenBy(r => r.Id),
        ("verified", true) => rows.OrderBy(r => r.LastVerifiedAt == null).ThenByDescending(r => r.LastVerifiedAt).ThenBy(r => r.Id),
        ("city", false) => rows.OrderBy(r => r.CityName).ThenBy(r => r.Id),
        ("city", true) => rows.OrderByDescending(r => r.CityName).ThenBy(r => r.Id),
        (_, true) => rows.OrderBy(r => r.Id),
        _ => rows.OrderByDescending(r => r.Id),
    };

    /// <summary>The URL values of these filters, for links that change one thing (sort, page) and keep the rest.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("q", Q);
        Add("country", Country);
        Add("region", Region);
        Add("kind", Kind?.ToString());
        Add("status", Status?.ToString());
        Add("area", Area?.ToString(CultureInfo.InvariantCulture));
        Add("network", Network?.ToString(CultureInfo.InvariantCulture));
        Add("south", South ? "true" : null);
        Add("mine", Mine ? "true" : null);
        Add("sort", Sort);
        Add("desc", Desc ? "true" : null);
        return values;
    }
}

// Init-only properties rather than a positional record, so EF Core can sort by them after the projection.
public sealed record PartnershipRow
{
    public int Id { get; init; }

    public required string CityName { get; init; }

    public required string CityCountry { get; init; }

    public required string PartnerName { get; init; }

    public required string PartnerCountry { get; init; }

    public PartnershipKind Kind { get; init; }

    public PartnershipStatus Status { get; init; }

    public DateOnly? StartedOn { get; init; }

    public DateTime? LastVerifiedAt { get; init; }

    public DateOnly? LastActivityOn { get; init; }

    public bool IsInternal { get; init; }
}
