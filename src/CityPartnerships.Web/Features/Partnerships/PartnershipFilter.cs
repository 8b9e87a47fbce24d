using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Features.Partnerships;

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

    /// <summary>
    /// Partnerships with a city in this UN M49 region: the partner's end when the list is of one city (<see cref="City"/>
    /// or <see cref="Mine"/>), as the dashboards count partner regions; otherwise either end.
    /// </summary>
    public WorldRegion? WorldRegion { get; set; }

    public PartnershipKind? Kind { get; set; }

    public PartnershipStatus? Status { get; set; }

    public int? Area { get; set; }

    /// <summary>Partnerships where at least one of the two cities belongs to this city network.</summary>
    public int? Network { get; set; }

    public bool South { get; set; }

    public bool Mine { get; set; }

    /// <summary>Partnerships of one city, at either end (links from the dashboards and the directory).</summary>
    public int? City { get; set; }

    /// <summary>Started in this year or later.</summary>
    public int? From { get; set; }

    /// <summary>Started in this year or earlier.</summary>
    public int? To { get; set; }

    /// <summary>Only records due for a check (see <see cref="VerificationFacts"/>).</summary>
    public bool Due { get; set; }

    public string? Sort { get; set; }

    public bool Desc { get; set; }

    public static IReadOnlyList<string> SortKeys { get; } = ["newest", "city", "partner", "kind", "status", "since", "verified"];

    /// <summary>Newest first unless the user sorts by a column: cheap on any size (primary key order) and what people look for.</summary>
    public string SortKey => Sort is not null && SortKeys.Contains(Sort) ? Sort : "newest";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Country) && string.IsNullOrWhiteSpace(Region)
        && WorldRegion is null && Kind is null && Status is null && Area is null && Network is null && !South && !Mine
        && City is null && ValidYear(From) is null && ValidYear(To) is null && !Due;

    public const int MinYear = 1800;
    public const int MaxYear = 2200;

    /// <summary>A year typed into the URL is used only when it is plausible; anything else is ignored like an unknown value.</summary>
    public static int? ValidYear(int? year) => year is >= MinYear and <= MaxYear ? year : null;

    /// <summary>Above this many cities matching a name, the search stays a subquery rather than a list of ids.</summary>
    private const int MaxCityIdsInList = 2000;

    public async Task<IQueryable<Partnership>> ApplyAsync(IQueryable<Partnership> partnerships, AppDbContext db, int? ownCityId,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cities = db.Cities.AsNoTracking();
        var activities = db.Activities.AsNoTracking();
        // Filters on a property of either city find the matching cities first (trigram and b-tree indexes on Cities),
        // then the partnerships through the indexes on CityId and PartnerCityId, instead of joining every partnership
        // to both cities. Country and Global South are copied onto the partnership row and have their own indexes.
        // Query plans and figures: docs/benchmarks.md.
        if (!string.IsNullOrWhiteSpace(Q))
        {
            partnerships = await WithEitherCityAsync(partnerships, db.NameContains(Q), cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim().ToUpperInvariant();
            partnerships = partnerships.Where(p => EF.Property<string>(p, PartnershipConfiguration.CityCountryColumn) == country
                || EF.Property<string>(p, PartnershipConfiguration.PartnerCountryColumn) == country);
        }

        if (!string.IsNullOrWhiteSpace(Region))
        {
            partnerships = await WithEitherCityAsync(partnerships, cities.RegionContains(Region), cancellationToken);
        }

        if (WorldRegion is { } worldRegion)
        {
            partnerships = InWorldRegion(partnerships, worldRegion, City ?? (Mine ? ownCityId : null));
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
            partnerships = await WithEitherCityAsync(partnerships, cities.Where(c => c.Networks.Any(n => n.Id == network)), cancellationToken);
        }

        if (South)
        {
            partnerships = partnerships.Where(p => EF.Property<bool>(p, PartnershipConfiguration.InvolvesGlobalSouthColumn));
        }

        if (Mine && ownCityId is { } own)
        {
            partnerships = partnerships.Where(Partnership.Involving(own));
        }

        if (City is { } city)
        {
            partnerships = partnerships.Where(Partnership.Involving(city));
        }

        if (ValidYear(From) is { } from)
        {
            var first = new DateOnly(from, 1, 1);
            partnerships = partnerships.Where(p => p.StartedOn >= first);
        }

        if (ValidYear(To) is { } to)
        {
            var last = new DateOnly(to, 12, 31);
            partnerships = partnerships.Where(p => p.StartedOn <= last);
        }

        if (Due)
        {
            // VerificationFacts.IsDue, with "no activity since the cutoff" as a semi-join instead of the latest activity.
            var cutoff = VerificationFacts.Cutoff(nowUtc);
            var cutoffDay = DateOnly.FromDateTime(cutoff);
            partnerships = partnerships.Where(p => p.Status != PartnershipStatus.Ended
                && (p.LastVerifiedAt == null || p.LastVerifiedAt < cutoff)
                && !activities.Any(a => a.PartnershipId == p.Id && a.StartsOn >= cutoffDay));
        }

        return partnerships;
    }

    private static IQueryable<Partnership> InWorldRegion(IQueryable<Partnership> partnerships, WorldRegion region, int? anchorCityId)
    {
        var countries = WorldRegions.CountriesIn(region).ToList();
        return anchorCityId is { } anchor
            ? partnerships.Where(p => (p.CityId == anchor && countries.Contains(EF.Property<string>(p, PartnershipConfiguration.PartnerCountryColumn)))
                || (p.PartnerCityId == anchor && countries.Contains(EF.Property<string>(p, PartnershipConfiguration.CityCountryColumn))))
            : partnerships.Where(p => countries.Contains(EF.Property<string>(p, PartnershipConfiguration.CityCountryColumn))
                || countries.Contains(EF.Property<string>(p, PartnershipConfiguration.PartnerCountryColumn)));
    }

    /// <summary>
    /// Partnerships where either city is one of <paramref name="matching"/>. Few matching cities are sent as a list of
    /// ids (= ANY), which PostgreSQL answers by combining the two foreign-key indexes; as a subquery it would test
    /// every partnership against the set.
    /// </summary>
    private static async Task<IQueryable<Partnership>> WithEitherCityAsync(IQueryable<Partnership> partnerships, IQueryable<City> matching,
        CancellationToken cancellationToken)
    {
        var matchingIds = matching.Select(c => c.Id);
        var ids = await matchingIds.Take(MaxCityIdsInList + 1).ToListAsync(cancellationToken);
        return ids.Count <= MaxCityIdsInList
            ? partnerships.Where(p => ids.Contains(p.CityId) || ids.Contains(p.PartnerCityId))
            : partnerships.Where(p => matchingIds.Contains(p.CityId) || matchingIds.Contains(p.PartnerCityId));
    }

    /// <summary>
    /// The chosen order, ended by the id so that pages never overlap. Descending reverses the whole order, and
    /// entries without a date come last either way. Each order matches an index, so a page is read without sorting
    /// every match (see PartnershipConfiguration and the KeysetPaging migration).
    /// </summary>
    public IQueryable<PartnershipRowView> Order(IQueryable<PartnershipRowView> rows) => RegisterOrder.For(SortKey, Desc).Apply(rows);

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
        Add("worldregion", WorldRegion?.ToString());
        Add("kind", Kind?.ToString());
        Add("status", Status?.ToString());
        Add("area", Area?.ToString(CultureInfo.InvariantCulture));
        Add("network", Network?.ToString(CultureInfo.InvariantCulture));
        Add("south", South ? "true" : null);
        Add("mine", Mine ? "true" : null);
        Add("city", City?.ToString(CultureInfo.InvariantCulture));
        Add("from", ValidYear(From)?.ToString(CultureInfo.InvariantCulture));
        Add("to", ValidYear(To)?.ToString(CultureInfo.InvariantCulture));
        Add("due", Due ? "true" : null);
        Add("sort", Sort);
        Add("desc", Desc ? "true" : null);
        return values;
    }
}
