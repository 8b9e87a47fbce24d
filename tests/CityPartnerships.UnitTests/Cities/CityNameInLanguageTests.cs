using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;

namespace CityPartnerships.UnitTests.Cities;

public class CityNameInLanguageTests
{
    [Fact]
    public void A_partner_city_is_named_in_german_for_german_readers_and_by_its_own_name_for_others()
    {
        var warsaw = new City("Warsaw", "PL");
        warsaw.NameInGerman("Warschau");

        Assert.Equal("Warschau", warsaw.NameIn("de"));
        Assert.Equal("Warsaw", warsaw.NameIn("en"));
    }

    [Fact]
    public void A_city_without_a_german_name_keeps_its_own()
    {
        var toulouse = new City("Toulouse", "FR");
        var paris = new City("Paris", "FR");
        paris.NameInGerman(" Paris ");

        Assert.Equal("Toulouse", toulouse.NameIn("de"));
        Assert.Null(paris.GermanName);
        Assert.Equal("Paris", paris.NameIn("de"));
    }

    [Fact]
    public void A_member_city_keeps_its_register_name_in_german()
    {
        var frankfurt = new City("Frankfurt am Main", "DE", isAssociationMember: true);
        frankfurt.NameInGerman("Frankfurt");

        Assert.Equal("Frankfurt am Main", frankfurt.NameIn("de"));
    }

    [Fact]
    public void A_german_name_follows_the_rules_of_a_name()
    {
        var city = new City("Warsaw", "PL");

        Assert.Throws<DomainException>(() => city.NameInGerman("=HYPERLINK(\"x\")"));
        Assert.Throws<DomainException>(() => city.NameInGerman(new string('a', City.NameMaxLength + 1)));
        Assert.Null(city.GermanName);
    }
}
