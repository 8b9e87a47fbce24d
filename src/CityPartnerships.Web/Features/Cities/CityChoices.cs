using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Web.Search;

namespace CityPartnerships.Web.Features.Cities;

/// <summary>A place a user may mean, with what tells namesakes apart: region, population, distance from the own city.</summary>
public sealed record CityChoiceView(int Id, string Name, string? Region, string CountryCode, int? Population, double? DistanceKm,
    string? OtherName = null)
{
    /// <summary>"Springfield, Illinois (United States) · 114,394 inhabitants · 7,210 km away", in the UI language.</summary>
    public string Label(IStringLocalizer localizer)
    {
        var name = OtherName is null ? Name : $"{Name} ({OtherName})";
        var parts = new List<string> { $"{name}, {PlaceNames.Where(Region, CountryCode)}" };
        if (Population is > 0 and var population)
        {
            parts.Add(localizer["City.Inhabitants", population.ToString("N0", CultureInfo.CurrentCulture)]);
        }

        if (DistanceKm is { } distance)
        {
            parts.Add(localizer["City.DistanceAway", Math.Round(distance).ToString("N0", CultureInfo.CurrentCulture)]);
        }

        return string.Join(" · ", parts);
    }
}

/// <summary>The places that fit what a user typed, for the partner autocomplete and the choice between namesakes.</summary>
public sealed class CityChoices(AppDbContext db)
{
    /// <summary>Up to <paramref name="take"/> cities whose name or other name contains the text, own names starting with it first.</summary>
    public async Task<IReadOnlyList<CityChoiceView>> SuggestAsync(string typed, int? ownCityId, int take, CancellationToken cancellationToken)
    {
        var prefix = SearchText.EscapeLike(typed) + "%";
        var cities = await db.NameContains(typed)
            .Where(c => c.Id != ownCityId)
            .OrderBy(c => !EF.Functions.Like(EF.Property<string>(c, Data.Configurations.CityConfiguration.SearchNameColumn),
                SearchText.Unaccent(SearchText.Lower(prefix)), SearchText.LikeEscape))
            .ThenByDescending(c => c.Population)
            .ThenBy(c => c.NameIn(PortalCultures.Language))
            .Take(take)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(cities, typed, ownCityId, cancellationToken);
    }

    /// <summary>Every city named exactly so, by its own or another name, largest first.</summary>
    public async Task<IReadOnlyList<CityChoiceView>> NamedAsync(string name, int? ownCityId, CancellationToken cancellationToken)
    {
        var cities = await db.NamedExactly(name)
            .Where(c => c.Id != ownCityId)
            .OrderByDescending(c => c.Population).ThenBy(c => c.Id)
            .Take(50)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(cities, name, ownCityId, cancellationToken);
    }

    public async Task<IReadOnlyList<CityChoiceView>> DescribeAsync(IReadOnlyList<City> cities, string typed, int? ownCityId,
        CancellationToken cancellationToken)
    {
        var own = ownCityId is null
            ? null
            : await db.Cities.AsNoTracking().Where(c => c.Id == ownCityId).Select(c => new { c.Latitude, c.Longitude }).SingleOrDefaultAsync(cancellationToken);
        var language = PortalCultures.Language;
        var matches = SearchText.NameFits(typed);
        // Shown as "Warschau" in German: typing "Warsaw" found it by its own name, which is then the name to add.
        var foundByOtherName = cities.Where(c => !matches(c.NameIn(language))).Select(c => c.Id).ToList();
        var otherNames = await db.NamesMatchingAsync(foundByOtherName, typed, cancellationToken);

        return cities.Select(c => new CityChoiceView(c.Id, c.NameIn(language), c.Region, c.CountryCode, c.Population,
                own?.Latitude is { } lat && own.Longitude is { } lon && c.Latitude is { } cityLat && c.Longitude is { } cityLon
                    ? GeoDistance.Kilometres(lat, lon, cityLat, cityLon)
                    : null,
                otherNames.GetValueOrDefault(c.Id)))
            .ToList();
    }
}
