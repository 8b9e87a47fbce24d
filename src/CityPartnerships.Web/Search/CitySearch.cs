using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Data.Gazetteer;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.Web.Search;

/// <summary>
/// Finds cities by any of their names ("Warschau", "Warsaw", "Варшава") and by their region's English or German
/// name ("Bayern" finds Bavaria), accents and case ignored. Used by the partner autocomplete, the list filters and
/// the import.
/// </summary>
public static class CitySearch
{
    /// <summary>
    /// Cities whose name or one of whose other names contains the text (starts with it, if it is shorter than three
    /// letters: <see cref="SearchText.NamePattern"/>).
    /// </summary>
    public static IQueryable<City> NameContains(this AppDbContext db, string text)
    {
        if (SearchText.NamePattern(text) is not { } pattern)
        {
            return db.Cities.AsNoTracking().Where(c => false);
        }

        // A union of two trigram-index scans: an OR across the two tables would read every city.
        var ids = db.Cities
            .Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape))
            .Select(c => c.Id)
            .Union(db.CityNames
                .Where(n => EF.Functions.Like(EF.Property<string>(n, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape))
                .Select(n => n.CityId));
        return db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// For cities found by a search, the name that matched what was typed: the city's own name if it fits, else the
    /// other name in the UI language, in English or in any language, shortest first ("Kyoln" for Köln when "Ky" was
    /// typed). So a list can say why a row whose shown name does not fit was found. Cities without a match are left out.
    /// </summary>
    public static async Task<Dictionary<int, string>> NamesMatchingAsync(this AppDbContext db, IReadOnlyCollection<int> cityIds, string typed,
        CancellationToken cancellationToken)
    {
        if (cityIds.Count == 0 || SearchText.NamePattern(typed) is not { } pattern)
        {
            return [];
        }

        var found = await db.Cities.AsNoTracking()
            .Where(c => cityIds.Contains(c.Id)
                && EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape))
            .Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var rest = cityIds.Where(id => !found.ContainsKey(id)).ToList();
        if (rest.Count == 0)
        {
            return found;
        }

        var otherNames = await db.CityNames.AsNoTracking()
            .Where(n => rest.Contains(n.CityId)
                && EF.Functions.Like(EF.Property<string>(n, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape))
            .Select(n => new { n.CityId, n.Name, n.Language })
            .ToListAsync(cancellationToken);
        var language = PortalCultures.Language;
        foreach (var names in otherNames.GroupBy(n => n.CityId))
        {
            found[names.Key] = names.OrderBy(n => n.Language == language ? 0 : n.Language == "en" ? 1 : 2).ThenBy(n => n.Name.Length).First().Name;
        }

        return found;
    }

    /// <summary>
    /// For listed cities whose shown name does not fit what was typed, the name each was found by, so a list can say
    /// why it shows them ("Ky" finds Köln through its Uzbek name "Kyoln"). Nothing without a search.
    /// </summary>
    public static async Task<NamesFoundBy> NamesFoundByAsync(this AppDbContext db, IEnumerable<(int Id, string ShownName)> listed, string? typed,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return NamesFoundBy.None;
        }

        var fits = SearchText.NameFits(typed);
        var unexplained = listed.Where(c => !fits(c.ShownName)).Select(c => c.Id).Distinct().ToList();
        return new NamesFoundBy(await db.NamesMatchingAsync(unexplained, typed, cancellationToken));
    }

    /// <summary>Cities named exactly so, by their own name or another one.</summary>
    public static IQueryable<City> NamedExactly(this AppDbContext db, string name)
    {
        var ids = db.Cities
            .Where(c => EF.Property<string>(c, CityConfiguration.SearchNameColumn) == SearchText.Unaccent(SearchText.Lower(name)))
            .Select(c => c.Id)
            .Union(db.CityNames
                .Where(n => EF.Property<string>(n, CityConfiguration.SearchNameColumn) == SearchText.Unaccent(SearchText.Lower(name)))
                .Select(n => n.CityId));
        return db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id));
    }

    /// <summary>
    /// Cities whose region's English or German name contains the text (starts with it, if it is shorter than three
    /// letters: <see cref="SearchText.NamePattern"/>).
    /// </summary>
    public static IQueryable<City> RegionContains(this IQueryable<City> cities, string text)
    {
        if (SearchText.NamePattern(text) is not { } pattern)
        {
            return cities.Where(c => false);
        }

        var germanMatches = GazetteerRegions.EnglishNamesOfGermanNamesContaining(text);
        return germanMatches.Count == 0
            ? cities.Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchRegionColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape))
            : cities.Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchRegionColumn), SearchText.Unaccent(SearchText.Lower(pattern)), SearchText.LikeEscape)
                || germanMatches.Contains(c.Region!));
    }

    /// <summary>
    /// The places named as written in a file (partnership import, climate import), by their own or another name
    /// (accents and case ignored, as PostgreSQL's unaccent sees them), by the name as written and without a region
    /// written after it ("Springfield, Illinois"). The lookup's key is the name as written.
    /// </summary>
    public static async Task<ILookup<string, CityCandidate>> CandidatesNamedAsync(this AppDbContext db, IEnumerable<string> written,
        CancellationToken cancellationToken)
    {
        var names = written
            .SelectMany(n => new[] { n, PartnerMatch.SplitRegion(n).Name })
            .Where(n => n.Length is > 0 and <= City.NameMaxLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return Array.Empty<(string, CityCandidate)>().ToLookup(c => c.Item1, c => c.Item2);
        }

        // One query per table for the whole file; a join (not a correlated Where) lets PostgreSQL hash the names once.
        var byOwnName = await db.Cities.AsNoTracking()
            .Join(names, c => EF.Property<string>(c, CityConfiguration.SearchNameColumn), n => SearchText.Unaccent(SearchText.Lower(n)),
                (c, n) => new { Typed = n, c.Id })
            .ToListAsync(cancellationToken);
        var byOtherName = await db.CityNames.AsNoTracking()
            .Join(names, c => EF.Property<string>(c, CityConfiguration.SearchNameColumn), n => SearchText.Unaccent(SearchText.Lower(n)),
                (c, n) => new { Typed = n, Id = c.CityId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var found = byOwnName.Concat(byOtherName).Distinct().ToList();
        var ids = found.Select(m => m.Id).Distinct().ToList();
        var places = await db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new CityCandidate(c.Id, c.Name, c.Region, c.CountryCode, c.Population, c.Latitude, c.Longitude))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return found.ToLookup(m => m.Typed, m => places[m.Id], StringComparer.Ordinal);
    }
}
