using CityPartnerships.Domain.Climate;

namespace CityPartnerships.UnitTests.Climate;

public class ClimateSimilarityTests
{
    // Two present-day climates: every temperature 4 °C apart, precipitation ten times as much. With two values the
    // standard deviation is half their difference: 2 °C, and ln(10) / 2 for precipitation on its log scale.
    private static readonly ClimateIndicators _cool = new(10, 20, 0, 99, 9);
    private static readonly ClimateIndicators _warm = new(14, 24, 4, 999, 99);
    private static readonly ClimateSimilarity _similarity = ClimateSimilarity.From([_cool, _warm]);

    [Fact]
    public void Each_indicator_is_scaled_by_its_spread_across_present_day_climates()
    {
        Assert.Equal(2, _similarity.StandardDeviation(ClimateIndicator.AnnualMeanTemperature), 9);
        Assert.Equal(2, _similarity.StandardDeviation(ClimateIndicator.MinTemperatureColdestMonth), 9);
        Assert.Equal(Math.Log(10) / 2, _similarity.StandardDeviation(ClimateIndicator.AnnualPrecipitation), 9);
    }

    [Fact]
    public void The_distance_is_the_root_mean_square_of_the_standardised_differences()
    {
        // Every indicator differs by two standard deviations.
        Assert.Equal(2, _similarity.Distance(_cool, _warm), 9);
        Assert.Equal(0, _similarity.Distance(_warm, _warm), 9);
        Assert.Equal(_similarity.Distance(_cool, _warm), _similarity.Distance(_warm, _cool), 9);
    }

    [Fact]
    public void One_degree_more_in_one_indicator_counts_half_a_standard_deviation_spread_over_five_indicators()
    {
        var warmerYear = _cool with { AnnualMeanTemperature = 11 };

        Assert.Equal(Math.Sqrt(0.25 / 5), _similarity.Distance(_cool, warmerYear), 9);
    }

    [Fact]
    public void Precipitation_counts_by_ratio_not_by_millimetres()
    {
        // 100 mm more in a dry city weigh as much as 1,000 mm more in a city ten times as wet.
        var dryCity = _cool with { AnnualPrecipitation = 99 };
        var wetCity = _cool with { AnnualPrecipitation = 999 };

        Assert.Equal(_similarity.Distance(dryCity, dryCity with { AnnualPrecipitation = 199 }),
            _similarity.Distance(wetCity, wetCity with { AnnualPrecipitation = 1999 }), 2);
    }

    [Fact]
    public void The_explanation_names_the_indicators_that_differ_most_with_their_values()
    {
        var hotterSummers = _cool with { MaxTemperatureWarmestMonth = 26, AnnualMeanTemperature = 11, PrecipitationWettestMonth = 14 };

        var differences = _similarity.LargestDifferences(_cool, hotterSummers, 2);

        Assert.Equal([ClimateIndicator.MaxTemperatureWarmestMonth, ClimateIndicator.AnnualMeanTemperature], differences.Select(d => d.Indicator));
        Assert.Equal(20, differences[0].From);
        Assert.Equal(26, differences[0].To);
        Assert.Equal(3, differences[0].StandardisedDifference, 9);
    }

    [Fact]
    public void An_indicator_all_cities_share_does_not_count()
    {
        var similarity = ClimateSimilarity.From([_cool, _cool with { AnnualMeanTemperature = 12 }]);

        Assert.Equal(Math.Sqrt(1.0 / 5), similarity.Distance(_cool, _cool with { AnnualMeanTemperature = 11 }), 9);
        Assert.Equal(0, similarity.Distance(_cool, _cool with { AnnualPrecipitation = 500 }), 9);
    }

    [Fact]
    public void The_nearest_analogues_come_first_without_the_city_itself()
    {
        var pool = new List<CityClimateValues>
        {
            new(1, _cool),
            new(2, _warm),
            new(3, _cool with { AnnualMeanTemperature = 13 }),
            new(4, _cool with { AnnualMeanTemperature = 11 }),
        };
        var target = _cool with { AnnualMeanTemperature = 12.5 };

        var nearest = ClimateAnalogues.Nearest(target, pool, _similarity, excludeCityId: 3, count: 2);

        Assert.Equal([4, 1], nearest.Select(a => a.CityId));
        Assert.Equal(2, ClimateAnalogues.RankOf(1, target, pool, _similarity, excludeCityId: 3));
        Assert.Equal(3, ClimateAnalogues.RankOf(2, target, pool, _similarity, excludeCityId: 3));
        Assert.Null(ClimateAnalogues.RankOf(99, target, pool, _similarity, excludeCityId: 3));
    }

    [Fact]
    public void Close_means_at_most_a_quarter_standard_deviation_per_indicator()
    {
        Assert.True(ClimateSimilarity.IsClose(0.25));
        Assert.True(ClimateSimilarity.IsClose(0.2537));
        Assert.False(ClimateSimilarity.IsClose(0.255));
        Assert.False(ClimateSimilarity.IsClose(0.26));
    }

    [Fact]
    public void Standardising_needs_two_climates()
    {
        Assert.Throws<ArgumentException>(() => ClimateSimilarity.From([_cool]));
    }
}
