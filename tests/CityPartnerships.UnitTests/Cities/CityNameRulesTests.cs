using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Networks;

namespace CityPartnerships.UnitTests.Cities;

public class CityNameRulesTests
{
    [Theory]
    [InlineData("Bad\u202Egro", "City.Name.Invisible")]
    [InlineData("\u2067Haifa\u2069", "City.Name.Invisible")]
    [InlineData("Köln\u0000", "City.Name.Invisible")]
    [InlineData("Köln\nBonn", "City.Name.Invisible")]
    [InlineData("<script>alert(1)</script>", "City.Name.Markup")]
    [InlineData("Town <b>", "City.Name.Markup")]
    [InlineData("=HYPERLINK(\"http://evil\",\"Bonn\")", "City.Name.FormulaStart")]
    [InlineData("+49 Bonn", "City.Name.FormulaStart")]
    [InlineData("-Bonn", "City.Name.FormulaStart")]
    [InlineData("@SUM(A1)", "City.Name.FormulaStart")]
    public void A_city_name_with_hidden_characters_markup_or_a_formula_start_is_refused(string name, string code)
    {
        var exception = DomainAssert.Throws(code, () => new City(name, "DE"));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("Bayern\u202D", "City.Region.Invisible")]
    [InlineData("<i>Bayern</i>", "City.Region.Markup")]
    [InlineData("=1+1", "City.Region.FormulaStart")]
    public void A_region_is_checked_the_same_way(string region, string code)
    {
        var exception = DomainAssert.Throws(code, () => new City("Bonn", "DE", region));

        Assert.Equal("region", exception.ParamName);
    }

    [Theory]
    [InlineData("'s-Hertogenbosch")]
    [InlineData("Stratford-upon-Avon")]
    [InlineData("Saint-Étienne")]
    [InlineData("תל אביב-יפו")]
    [InlineData("القاهرة")]
    [InlineData("Ростов-на-Дону")]
    [InlineData("Frankfurt (Oder)")]
    [InlineData("Halle (Saale) = Händel")]
    public void Real_names_with_hyphens_apostrophes_and_other_scripts_are_accepted(string name)
    {
        var city = new City(name, "DE");

        Assert.Equal(name, city.Name);
    }

    [Fact]
    public void A_refused_edit_leaves_the_city_as_it_was()
    {
        var city = new City("Bonn", "DE", "Nordrhein-Westfalen");

        DomainAssert.Throws("City.Name.Markup", () => city.UpdateDetails("<b>Bonn</b>", "DE", null, null, null, null, true));

        Assert.Equal("Bonn", city.Name);
        Assert.Equal("Nordrhein-Westfalen", city.Region);
        Assert.False(city.IsAssociationMember);
    }

    [Fact]
    public void A_network_name_is_checked_too()
    {
        DomainAssert.Throws("Network.Name.FormulaStart", () => new Network("=cmd|' /C calc'!A0"));
        DomainAssert.Throws("Network.Acronym.Invisible", () => new Network("Eurocities", "EC\u202E"));
    }
}
