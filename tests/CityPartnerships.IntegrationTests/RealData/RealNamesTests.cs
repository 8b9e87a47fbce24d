using System.Globalization;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web;
using CityPartnerships.Web.Features.Cities;
using CityPartnerships.Web.Localization;
using CityPartnerships.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CityPartnerships.Tests.RealData;

/// <summary>Names and regions as people write them, against the real gazetteer.</summary>
public sealed class RealNamesTests(PortalApp app)
{
    [Theory]
    [InlineData("Warschau", "Warsaw", "PL")]
    [InlineData("München", "Munich", "DE")]
    [InlineData("Cologne", "Köln", "DE")]
    [InlineData("Mailand", "Milan", "IT")]
    [InlineData("Moskau", "Moscow", "RU")]
    [InlineData("Москва", "Moscow", "RU")]
    [InlineData("Krakau", "Kraków", "PL")]
    [InlineData("Nuremberg", "Nürnberg", "DE")]
    [InlineData("Rostov-on-Don", "Rostov-na-Donu", "RU")]
    [InlineData("Αθήνα", "Athens", "GR")]
    public async Task A_city_is_found_by_its_name_in_other_languages_and_scripts(string typed, string name, string country)
    {
        await using var db = await RealGazetteer.OpenAsync(app);

        var exact = await db.NamedExactly(typed).OrderByDescending(c => c.Population).Select(c => new { c.Name, c.CountryCode }).FirstAsync();
        var suggested = await new CityChoices(db).SuggestAsync(typed[..^1], null, 10, TestContext.Current.CancellationToken);

        Assert.Equal((name, country), (exact.Name, exact.CountryCode));
        Assert.Contains(suggested, c => c.Name == name && c.CountryCode == country);
    }

    [Fact]
    public async Task A_suggestion_shows_the_name_in_the_users_language_and_the_name_it_was_found_by()
    {
        await using var db = await RealGazetteer.OpenAsync(app);
        var localizer = app.Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        using var german = new CultureScope("de");

        var byGermanName = (await new CityChoices(db).SuggestAsync("Warschau", null, 10, TestContext.Current.CancellationToken)).First(c => c.CountryCode == "PL");
        var byPolishName = (await new CityChoices(db).SuggestAsync("Warszawa", null, 10, TestContext.Current.CancellationToken)).First(c => c.CountryCode == "PL");

        Assert.StartsWith("Warschau, ", byGermanName.Label(localizer));
        Assert.StartsWith("Warschau (Warszawa), ", byPolishName.Label(localizer));
    }

    [Theory]
    [InlineData(756135, "Warsaw", "Warschau")]
    [InlineData(3067696, "Prague", "Prag")]
    [InlineData(524901, "Moscow", "Moskau")]
    [InlineData(3169070, "Rome", "Rom")]
    [InlineData(2800866, "Brussels", "Brüssel")]
    [InlineData(2267057, "Lisbon", "Lissabon")]
    [InlineData(3164603, "Venice", "Venedig")]
    [InlineData(3173435, "Milan", "Mailand")]
    [InlineData(2990440, "Nice", "Nizza")]
    [InlineData(3094802, "Kraków", "Krakau")]
    [InlineData(3099434, "Gdańsk", "Danzig")]
    [InlineData(2867714, "Munich", "München")]
    [InlineData(2886242, "Köln", null)]
    [InlineData(2988507, "Paris", null)]
    public async Task A_citys_german_name_comes_from_the_german_geonames_catalogue(int geoNameId, string name, string? germanName)
    {
        await using var db = await RealGazetteer.OpenAsync(app);

        var city = await db.Cities.AsNoTracking().Where(c => c.GeoNameId == geoNameId)
            .Select(c => new { c.Name, c.GermanName, InGerman = c.NameIn("de"), InEnglish = c.NameIn("en") })
            .SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal((name, germanName), (city.Name, city.GermanName));
        Assert.Equal((germanName ?? name, name), (city.InGerman, city.InEnglish));
    }

    [Theory]
    [InlineData("Bayern", "Munich")]
    [InlineData("Nordrhein-Westfalen", "Köln")]
    [InlineData("North Rhine", "Köln")]
    public async Task German_and_english_region_names_find_the_cities_of_the_region(string typed, string city)
    {
        await using var db = await RealGazetteer.OpenAsync(app);

        var names = await db.Cities.AsNoTracking().RegionContains(typed).Select(c => c.Name).ToListAsync();

        Assert.Contains(city, names);
    }

    [Fact]
    public async Task Regions_show_in_german_in_the_german_ui_and_vietnams_cities_are_in_their_own_province()
    {
        await using var db = await RealGazetteer.OpenAsync(app);
        var munich = await db.Cities.AsNoTracking().SingleAsync(c => c.GeoNameId == 2867714);
        var hoChiMinh = await db.Cities.AsNoTracking().SingleAsync(c => c.GeoNameId == 1566083);
        var hanoi = await db.Cities.AsNoTracking().SingleAsync(c => c.GeoNameId == 1581130);

        Assert.Equal("Ho Chi Minh City", hoChiMinh.Region);
        Assert.Equal("Hanoi", hanoi.Region);
        using (new CultureScope("de"))
        {
            Assert.Equal("Bayern, Deutschland", PlaceNames.Where(munich.Region, munich.CountryCode));
        }

        using (new CultureScope("en"))
        {
            Assert.Equal("Bavaria, Germany", PlaceNames.Where(munich.Region, munich.CountryCode));
        }
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
    }
}
