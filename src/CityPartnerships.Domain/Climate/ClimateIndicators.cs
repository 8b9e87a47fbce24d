using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Climate;

/// <summary>The five bioclimatic indicators of a city for one period (WorldClim BIO1, BIO5, BIO6, BIO12, BIO13).</summary>
public enum ClimateIndicator
{
    AnnualMeanTemperature,
    MaxTemperatureWarmestMonth,
    MinTemperatureColdestMonth,
    AnnualPrecipitation,
    PrecipitationWettestMonth,
}

/// <summary>
/// A city's climate in one period: temperatures in °C, precipitation in mm. The values must be physically consistent
/// (the warmest month's maximum is not below the annual mean, the wettest month not above the year), so a file with
/// swapped columns is refused instead of producing twins that look plausible.
/// </summary>
public readonly record struct ClimateIndicators(double AnnualMeanTemperature, double MaxTemperatureWarmestMonth,
    double MinTemperatureColdestMonth, double AnnualPrecipitation, double PrecipitationWettestMonth)
{
    public const double LowestTemperature = -70;
    public const double HighestTemperature = 60;
    public const double HighestAnnualPrecipitation = 15_000;

    public static IReadOnlyList<ClimateIndicator> All { get; } = Enum.GetValues<ClimateIndicator>();

    public double this[ClimateIndicator indicator] => indicator switch
    {
        ClimateIndicator.AnnualMeanTemperature => AnnualMeanTemperature,
        ClimateIndicator.MaxTemperatureWarmestMonth => MaxTemperatureWarmestMonth,
        ClimateIndicator.MinTemperatureColdestMonth => MinTemperatureColdestMonth,
        ClimateIndicator.AnnualPrecipitation => AnnualPrecipitation,
        ClimateIndicator.PrecipitationWettestMonth => PrecipitationWettestMonth,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    public static bool IsTemperature(ClimateIndicator indicator) => indicator <= ClimateIndicator.MinTemperatureColdestMonth;

    /// <summary>The indicators after the checks, or a <see cref="DomainException"/> naming the first broken one.</summary>
    public ClimateIndicators Validated()
    {
        foreach (var indicator in All)
        {
            var value = this[indicator];
            var (low, high) = IsTemperature(indicator) ? (LowestTemperature, HighestTemperature) : (0, HighestAnnualPrecipitation);
            if (double.IsNaN(value) || value < low || value > high)
            {
                throw new DomainException(ErrorCodes.Climate.OutOfRange, $"{indicator} {value} is outside {low}..{high}.", indicator.ToString());
            }
        }

        if (MaxTemperatureWarmestMonth < AnnualMeanTemperature || MinTemperatureColdestMonth > AnnualMeanTemperature)
        {
            throw new DomainException(ErrorCodes.Climate.TemperaturesInconsistent,
                "The warmest month's maximum must not be below the annual mean, nor the coldest month's minimum above it.",
                nameof(ClimateIndicator.MaxTemperatureWarmestMonth));
        }

        if (PrecipitationWettestMonth > AnnualPrecipitation)
        {
            throw new DomainException(ErrorCodes.Climate.PrecipitationInconsistent,
                "The wettest month cannot have more precipitation than the whole year.", nameof(ClimateIndicator.PrecipitationWettestMonth));
        }

        return this;
    }
}
