using CityPartnerships.Domain.Cities;

namespace CityPartnerships.UnitTests.Cities;

public class GlobalSouthTests
{
    [Theory]
    [InlineData("ZM")]
    [InlineData("BR")]
    [InlineData("TN")]
    [InlineData("IN")]
    [InlineData("UA")]
    public void Countries_on_the_oda_recipient_list_are_in_the_global_south(string countryCode)
    {
        Assert.True(GlobalSouth.Includes(countryCode));
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("US")]
    [InlineData("JP")]
    [InlineData("GB")]
    public void Countries_not_on_the_oda_recipient_list_are_not_in_the_global_south(string countryCode)
    {
        Assert.False(GlobalSouth.Includes(countryCode));
    }

    [Fact]
    public void Every_global_south_country_is_a_known_upper_case_iso_code()
    {
        Assert.NotEmpty(GlobalSouth.Countries);
        Assert.All(GlobalSouth.Countries, code =>
        {
            Assert.True(CountryCode.IsKnown(code), $"'{code}' is not an ISO 3166 country code.");
            Assert.Equal(CountryCode.Normalize(code), code);
        });
    }

    [Theory]
    [InlineData("ZM")]
    [InlineData("BR")]
    [InlineData("TN")]
    [InlineData("IN")]
    [InlineData("UA")]
    public void A_city_in_a_global_south_country_is_flagged(string countryCode)
    {
        var city = new City("Somewhere", countryCode);

        Assert.True(city.IsInGlobalSouth);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("US")]
    [InlineData("JP")]
    [InlineData("GB")]
    public void A_city_in_another_country_is_not_flagged(string countryCode)
    {
        var city = new City("Somewhere", countryCode);

        Assert.False(city.IsInGlobalSouth);
    }

    [Theory]
    [InlineData("br")]
    [InlineData(" zm ")]
    [InlineData("Tn")]
    public void A_city_is_flagged_also_when_its_country_code_was_typed_in_lower_case(string countryCode)
    {
        var city = new City("Somewhere", countryCode);

        Assert.True(city.IsInGlobalSouth);
    }

    [Fact]
    public void Moving_a_city_into_a_global_south_country_flags_it()
    {
        var city = new City("Lusaka", "DE");

        city.UpdateDetails("Lusaka", "ZM", null, null, null, null, isAssociationMember: false);

        Assert.True(city.IsInGlobalSouth);
    }

    [Fact]
    public void Moving_a_city_out_of_a_global_south_country_clears_the_flag()
    {
        var city = new City("Lyon", "BR");

        city.UpdateDetails("Lyon", "FR", null, null, null, null, isAssociationMember: false);

        Assert.False(city.IsInGlobalSouth);
    }

    [Fact]
    public void A_refused_update_leaves_the_country_and_the_flag_as_they_were()
    {
        var city = new City("Recife", "BR");

        DomainAssert.Throws("City.Latitude.OutOfRange",
            () => city.UpdateDetails("Recife", "DE", null, 91, 7.1, null, isAssociationMember: false));

        Assert.Equal("BR", city.CountryCode);
        Assert.True(city.IsInGlobalSouth);
    }
}
