using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Data.Gazetteer;

namespace CityPartnerships.Web.Search;

/// <summary>
/// Finds cities by any of their names ("Warschau", "Warsaw", "Варшава") and by their region's English or German
/// name ("Bayern" finds Bavaria), accents and case ignored. Used by the partner autocomplete, the list filters and
/// the import.
/// </summary>
public static class CitySearch
{
    /// <summary>Cities whose name or one of whose other names contains the text.</summary>
    public static IQueryable<City> NameContains(this AppDbContext db, string text)
    {
        var pattern = "%" + SearchText.EscapeLike(text) + "%";
        // A union of two trigram-index scans: an OR across the two tables would read every city.
        var ids = db.Cities
            .Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern))))
            .Select(c => c.Id)
            .Union(db.CityNames
                .Where(n => EF.Functions.Like(EF.Property<string>(n, CityConfiguration.SearchNameColumn), SearchText.Unaccent(SearchText.Lower(pattern))))
                .Select(n => n.CityId));
        return db.Cities.AsNoTracking().Where(c => ids.Contains(c.Id));
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

    /// <summary>Cities whose region's English or German name contains the text.</summary>
    public static IQueryable<City> RegionContains(this IQueryable<City> cities, string text)
    {
        var pattern = "%" + SearchText.EscapeLike(text) + "%";
        var germanMatches = GazetteerRegions.EnglishNamesOfGermanNamesContaining(text);
        return germanMatches.Count == 0
            ? cities.Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchRegionColumn), SearchText.Unaccent(SearchText.Lower(pattern))))
            : cities.Where(c => EF.Functions.Like(EF.Property<string>(c, CityConfiguration.SearchRegionColumn), SearchText.Unaccent(SearchText.Lower(pattern)))
                || germanMatches.Contains(c.Region!));
    }
}
