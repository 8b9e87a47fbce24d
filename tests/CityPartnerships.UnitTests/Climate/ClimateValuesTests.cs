using CityPartnerships.Domain.Climate;

namespace CityPartnerships.UnitTests.Climate;

public class ClimateValuesTests
{
    [Fact]
    public void Consistent_values_are_kept()
    {
        var values = new ClimateIndicators(9.77, 23.6, -6.4, 1409, 163).Validated();

        Assert.Equal(23.6, values[ClimateIndicator.MaxTemperatureWarmestMonth]);
    }

    [Fact]
    public void Swapped_temperature_columns_are_refused() =>
        DomainAssert.Throws("Climate.Temperatures.Inconsistent", () => new ClimateIndicators(9.77, -6.4, 23.6, 1409, 163).Validated());

    [Fact]
    public void A_wettest_month_wetter_than_the_year_is_refused() =>
        DomainAssert.Throws("Climate.Precipitation.Inconsistent", () => new ClimateIndicators(9.77, 23.6, -6.4, 163, 1409).Validated());

    [Theory]
    [InlineData(80, 90, 70, 500, 50)]
    [InlineData(10, 20, 0, -1, 0)]
    [InlineData(double.NaN, 20, 0, 500, 50)]
    public void Values_no_climate_on_earth_has_are_refused(double mean, double max, double min, double year, double month) =>
        DomainAssert.Throws("Climate.OutOfRange", () => new ClimateIndicators(mean, max, min, year, month).Validated());

    [Theory]
    [InlineData("present", "", "present", "observed")]
    [InlineData(" Present ", "observed", "present", "observed")]
    [InlineData("2050", "rcp 4.5", "2050", "RCP4.5")]
    [InlineData("2070", "ssp2-4.5", "2070", "SSP2-4.5")]
    public void Periods_and_scenarios_are_read_as_people_write_them(string period, string scenario, string expectedPeriod, string expectedScenario)
    {
        var parsed = ClimatePeriod.Parse(period, scenario);

        Assert.Equal(expectedPeriod, parsed.Period);
        Assert.Equal(expectedScenario, parsed.Scenario);
    }

    [Theory]
    [InlineData("2050", "", "Climate.Scenario.Required")]
    [InlineData("present", "RCP4.5", "Climate.Scenario.ForPresent")]
    [InlineData("1990", "RCP4.5", "Climate.Period.Invalid")]
    [InlineData("soon", "RCP4.5", "Climate.Period.Invalid")]
    public void Unclear_periods_are_refused(string period, string scenario, string code) =>
        DomainAssert.Throws(code, () => ClimatePeriod.Parse(period, scenario));

    [Fact]
    public void Derived_values_say_how_they_were_worked_out()
    {
        var measured = new CityClimate(1, ClimatePeriod.Today, new ClimateIndicators(10, 20, 0, 500, 60), dataSetId: 1);
        var derived = new CityClimate(2, ClimatePeriod.Today, new ClimateIndicators(10, 20, 0, 500, 60), dataSetId: 1, "Values of Cologne (35 km away).");

        Assert.False(measured.IsDerived);
        Assert.True(derived.IsDerived);
        Assert.Equal("Values of Cologne (35 km away).", derived.Derivation);
    }

    [Fact]
    public void A_city_is_not_its_own_climate_twin() =>
        DomainAssert.Throws("Climate.TwinOfItself", () => new ClimateTwinning(1, 5, 5, "2100", "Article"));
}
