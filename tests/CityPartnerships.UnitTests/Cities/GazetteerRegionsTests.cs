using CityPartnerships.Web.Data.Gazetteer;

namespace CityPartnerships.UnitTests.Cities;

public sealed class GazetteerRegionsTests
{
    [Theory]
    [InlineData("DE", "State of Berlin", "de-DE", "Berlin")]
    [InlineData("DE", "Bavaria", "de-DE", "Bayern")]
    [InlineData("DE", "State of Berlin", "en-GB", "State of Berlin")]
    [InlineData("DE", "Saarland", "de-DE", "Saarland")]
    public void A_region_is_shown_by_its_name_in_the_readers_language(string country, string region, string culture, string shown)
        => Assert.Equal(shown, InCulture.Read(culture, () => GazetteerRegions.Display(country, region)));
}
