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
    [InlineData("England", "GB")]
    [InlineData("Scotland", "GB")]
    [InlineData("wales", "GB")]
    [InlineData("Northern Ireland", "GB")]
    [InlineData("Scotland, United Kingdom", "GB")]
    [InlineData("Brandenburg, Germany", "DE")]
    [InlineData("Republic of Ireland", "IE")]
    [InlineData("Palestine", "PS")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("The Netherlands", "NL")]
    [InlineData("the netherlands", "NL")]
    [InlineData("Netherlands", "NL")]
    [InlineData("Holy See", "VA")]
    [InlineData("Vatican City", "VA")]
    [InlineData("Burma", "MM")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Macedonia", "MK")]
    [InlineData("North Macedonia", "MK")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Republic of Moldova", "MD")]
    [InlineData("Federated States of Micronesia", "FM")]
    [InlineData("The Gambia", "GM")]
    [InlineData("Georgia (country)", "GE")]
    [InlineData("DEU", "DE")]
    [InlineData("FRA", "FR")]
    [InlineData("GBR", "GB")]
    [InlineData("Schottland", "GB")]
    [InlineData("Niederlande", "NL")]
    [InlineData("Südkorea", "KR")]
    public void A_country_is_found_as_people_write_it(string typed, string expected)
    {
        Assert.Equal(expected, CountryLookup.Find(typed));
    }

    [Theory]
    [InlineData("Congo")]
    [InlineData("Northern Cyprus")]
    [InlineData("deu")]
    [InlineData("The")]
    [InlineData("Bavaria, Narnia")]
    public void Names_of_no_single_iso_country_or_of_another_place_are_not_guessed(string typed)
    {
        Assert.Null(CountryLookup.Find(typed));
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
