using CityPartnerships.Domain.Cities;

namespace CityPartnerships.UnitTests.Cities;

public class WorldRegionTests
{
    [Theory]
    [InlineData("DE", WorldRegion.Europe)]
    [InlineData("UA", WorldRegion.Europe)]
    [InlineData("XK", WorldRegion.Europe)]
    [InlineData("ZM", WorldRegion.Africa)]
    [InlineData("EG", WorldRegion.Africa)]
    [InlineData("BR", WorldRegion.Americas)]
    [InlineData("US", WorldRegion.Americas)]
    [InlineData("CN", WorldRegion.Asia)]
    [InlineData("TR", WorldRegion.Asia)]
    [InlineData("AU", WorldRegion.Oceania)]
    [InlineData("fj", WorldRegion.Oceania)]
    public void A_country_is_in_its_un_m49_region(string countryCode, WorldRegion expected)
    {
        Assert.Equal(expected, WorldRegions.Of(countryCode));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ZZ")]
    [InlineData("EU")]
    public void A_code_that_is_no_country_has_no_region(string? countryCode)
    {
        Assert.Null(WorldRegions.Of(countryCode));
    }

    [Fact]
    public void Every_known_country_is_in_exactly_one_region()
    {
        var placed = WorldRegions.All.SelectMany(WorldRegions.CountriesIn).ToList();

        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.Equal(CountryCode.All.Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
    }
}
