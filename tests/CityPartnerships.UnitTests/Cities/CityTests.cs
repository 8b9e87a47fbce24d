using CityPartnerships.Domain.Cities;

namespace CityPartnerships.UnitTests.Cities;

public class CityTests
{
    [Fact]
    public void A_new_city_keeps_its_details()
    {
        var city = new City("Bonn", "DE", "North Rhine-Westphalia", 50.7374, 7.0982, 336_465, isAssociationMember: true);

        Assert.Equal("Bonn", city.Name);
        Assert.Equal("DE", city.CountryCode);
        Assert.Equal("North Rhine-Westphalia", city.Region);
        Assert.Equal(50.7374, city.Latitude);
        Assert.Equal(7.0982, city.Longitude);
        Assert.Equal(336_465, city.Population);
        Assert.True(city.IsAssociationMember);
        Assert.Null(city.InternationalAffairsUnit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_city_needs_a_name(string? name)
    {
        var exception = DomainAssert.Throws("City.Name.Required", () => new City(name!, "DE"));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void The_name_is_trimmed()
    {
        var city = new City("  Bonn \t", "DE");

        Assert.Equal("Bonn", city.Name);
    }

    [Fact]
    public void A_name_of_the_maximum_length_is_accepted()
    {
        var name = new string('a', City.NameMaxLength);

        var city = new City(name, "DE");

        Assert.Equal(name, city.Name);
    }

    [Fact]
    public void Whitespace_around_the_name_does_not_count_towards_its_length()
    {
        var name = new string('a', City.NameMaxLength);

        var city = new City($"  {name}  ", "DE");

        Assert.Equal(name, city.Name);
    }

    [Fact]
    public void A_name_longer_than_the_maximum_is_refused()
    {
        var name = new string('a', City.NameMaxLength + 1);

        var exception = DomainAssert.Throws("City.Name.TooLong", () => new City(name, "DE"));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData("de", "DE")]
    [InlineData("DE", "DE")]
    [InlineData("Fr", "FR")]
    [InlineData(" pl ", "PL")]
    [InlineData("xk", "XK")]
    public void The_country_code_is_normalised_to_upper_case(string given, string expected)
    {
        var city = new City("Somewhere", given);

        Assert.Equal(expected, city.CountryCode);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("DEU")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("D")]
    [InlineData("UK")]
    [InlineData(null)]
    public void An_unknown_country_code_is_refused(string? countryCode)
    {
        var exception = DomainAssert.Throws("City.CountryCode.Unknown", () => new City("Bonn", countryCode!));

        Assert.Equal("countryCode", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_region_is_optional(string? region)
    {
        var city = new City("Bonn", "DE", region);

        Assert.Null(city.Region);
    }

    [Fact]
    public void The_region_is_trimmed()
    {
        var city = new City("Bonn", "DE", "  North Rhine-Westphalia  ");

        Assert.Equal("North Rhine-Westphalia", city.Region);
    }

    [Fact]
    public void A_region_longer_than_the_maximum_is_refused()
    {
        var region = new string('r', City.RegionMaxLength + 1);

        var exception = DomainAssert.Throws("City.Region.TooLong", () => new City("Bonn", "DE", region));

        Assert.Equal("region", exception.ParamName);
    }

    [Fact]
    public void A_city_without_coordinates_is_accepted()
    {
        var city = new City("Bonn", "DE", latitude: null, longitude: null);

        Assert.Null(city.Latitude);
        Assert.Null(city.Longitude);
    }

    [Theory]
    [InlineData(50.7, null)]
    [InlineData(null, 7.1)]
    public void Coordinates_must_be_given_both_or_neither(double? latitude, double? longitude)
    {
        var exception = DomainAssert.Throws("City.Coordinates.Incomplete",
            () => new City("Bonn", "DE", latitude: latitude, longitude: longitude));

        Assert.Equal("latitude", exception.ParamName);
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.0001)]
    [InlineData(180)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_latitude_out_of_range_is_refused(double latitude)
    {
        var exception = DomainAssert.Throws("City.Latitude.OutOfRange",
            () => new City("Bonn", "DE", latitude: latitude, longitude: 7.1));

        Assert.Equal("latitude", exception.ParamName);
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-180.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_longitude_out_of_range_is_refused(double longitude)
    {
        var exception = DomainAssert.Throws("City.Longitude.OutOfRange",
            () => new City("Bonn", "DE", latitude: 50.7, longitude: longitude));

        Assert.Equal("longitude", exception.ParamName);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    public void Coordinates_on_the_edge_of_the_range_are_accepted(double latitude, double longitude)
    {
        var city = new City("Somewhere", "DE", latitude: latitude, longitude: longitude);

        Assert.Equal(latitude, city.Latitude);
        Assert.Equal(longitude, city.Longitude);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(City.MaxPopulation + 1)]
    [InlineData(int.MaxValue)]
    public void A_population_out_of_range_is_refused(int population)
    {
        var exception = DomainAssert.Throws("City.Population.OutOfRange",
            () => new City("Bonn", "DE", population: population));

        Assert.Equal("population", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(City.MaxPopulation)]
    public void A_population_within_range_is_accepted(int population)
    {
        var city = new City("Bonn", "DE", population: population);

        Assert.Equal(population, city.Population);
    }

    [Fact]
    public void The_population_is_optional()
    {
        var city = new City("Bonn", "DE", population: null);

        Assert.Null(city.Population);
    }

    [Fact]
    public void Updating_the_details_replaces_them()
    {
        var city = new City("Bonn", "DE", "NRW", 50.7, 7.1, 300_000, isAssociationMember: false);

        city.UpdateDetails("Lyon", "fr", null, null, null, null, isAssociationMember: true);

        Assert.Equal("Lyon", city.Name);
        Assert.Equal("FR", city.CountryCode);
        Assert.Null(city.Region);
        Assert.Null(city.Latitude);
        Assert.Null(city.Longitude);
        Assert.Null(city.Population);
        Assert.True(city.IsAssociationMember);
    }

    [Fact]
    public void Setting_up_the_international_affairs_unit_creates_it()
    {
        var city = new City("Bonn", "DE");

        var unit = city.SetUpInternationalAffairsUnit("Office for International Affairs", UnitKind.Office, 3.5m, 250_000m,
            "international@bonn.de", hasAdoptedInternationalStrategy: true);

        Assert.Same(unit, city.InternationalAffairsUnit);
        Assert.Same(city, unit.City);
        Assert.Equal("Office for International Affairs", unit.Name);
    }

    [Fact]
    public void Setting_up_the_unit_again_updates_the_same_unit_instead_of_creating_a_second_one()
    {
        var city = new City("Bonn", "DE");
        var first = city.SetUpInternationalAffairsUnit("International Office", UnitKind.Office, 2m, null, null,
            hasAdoptedInternationalStrategy: false);

        var second = city.SetUpInternationalAffairsUnit("Division for Europe and the World", UnitKind.Division, 5.5m,
            400_000m, "europe@bonn.de", hasAdoptedInternationalStrategy: true);

        Assert.Same(first, second);
        Assert.Same(first, city.InternationalAffairsUnit);
        Assert.Equal("Division for Europe and the World", second.Name);
        Assert.Equal(UnitKind.Division, second.Kind);
        Assert.Equal(5.5m, second.StaffFte);
        Assert.Equal(400_000m, second.AnnualBudgetEur);
        Assert.Equal("europe@bonn.de", second.ContactEmail);
        Assert.True(second.HasAdoptedInternationalStrategy);
    }
}
