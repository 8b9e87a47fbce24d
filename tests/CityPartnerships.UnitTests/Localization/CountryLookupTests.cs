using CityPartnerships.Web.Localization;

namespace CityPartnerships.UnitTests.Localization;

public class CountryLookupTests
{
    [Theory]
    [InlineData("FR", "FR")]
    [InlineData(" fr ", "FR")]
    [InlineData("France", "FR")]
    [InlineData("frankreich", "FR")]
    [InlineData("Österreich", "AT")]
    [InlineData("Osterreich", "AT")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("Elfenbeinküste", "CI")]
    [InlineData("USA", "US")]
    [InlineData("United States", "US")]
    [InlineData("Vereinigte Staaten von Amerika", "US")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Tschechien", "CZ")]
    [InlineData("Großbritannien", "GB")]
    [InlineData("Grossbritannien", "GB")]
    public void A_country_is_found_by_code_or_by_its_english_or_german_name(string typed, string expected)
    {
        Assert.Equal(expected, CountryLookup.Find(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("XX")]
    [InlineData("Narnia")]
    [InlineData("Fra")]
    public void Anything_else_is_no_country(string? typed)
    {
        Assert.Null(CountryLookup.Find(typed));
    }

    [Fact]
    public void Every_name_the_portal_shows_is_found_again()
    {
        foreach (var (language, names) in CountryNames.ByLanguage)
        {
            foreach (var (code, name) in names)
            {
                Assert.True(CountryLookup.Find(name) is not null, $"{language} {code} {name}");
            }
        }

        Assert.Equal(["de", "en"], CountryNames.ByLanguage.Keys.Order());
    }
}
