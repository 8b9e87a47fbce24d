using CityPartnerships.Domain.Common;

namespace CityPartnerships.Domain.Climate;

/// <summary>
/// A city's climate indicators for one period and scenario, from one data set. Derived values (not measured or
/// modelled for the city itself but worked out from other cities' values) carry <see cref="IsDerived"/> and say how.
/// </summary>
public sealed class CityClimate
{
    public const int DerivationMaxLength = 500;

    private CityClimate()
    {
        Period = ClimatePeriod.Present;
        Scenario = ClimatePeriod.Observed;
    }

    public CityClimate(int cityId, ClimatePeriod period, ClimateIndicators values, int dataSetId, string? derivation = null)
        : this()
    {
        CityId = cityId;
        Period = period.Period;
        Scenario = period.Scenario;
        Replace(values, dataSetId, derivation);
    }

    public int Id { get; private set; }

    public int CityId { get; private set; }

    public string Period { get; private set; }

    public string Scenario { get; private set; }

    public double AnnualMeanTemperature { get; private set; }

    public double MaxTemperatureWarmestMonth { get; private set; }

    public double MinTemperatureColdestMonth { get; private set; }

    public double AnnualPrecipitation { get; private set; }

    public double PrecipitationWettestMonth { get; private set; }

    public int DataSetId { get; private set; }

    public bool IsDerived { get; private set; }

    /// <summary>How a derived value was worked out ("present-day values of Lusaka, 40 km away"); null when not derived.</summary>
    public string? Derivation { get; private set; }

    public uint Version { get; private set; }

    public ClimateIndicators Values => new(AnnualMeanTemperature, MaxTemperatureWarmestMonth, MinTemperatureColdestMonth,
        AnnualPrecipitation, PrecipitationWettestMonth);

    /// <summary>Newer values of the same city, period and scenario (a later import) replace the old ones.</summary>
    public void Replace(ClimateIndicators values, int dataSetId, string? derivation)
    {
        var valid = values.Validated();
        Derivation = Guard.OptionalText(derivation, DerivationMaxLength, ErrorCodes.Climate.Derivation, nameof(derivation));
        IsDerived = Derivation is not null;
        DataSetId = dataSetId;
        AnnualMeanTemperature = valid.AnnualMeanTemperature;
        MaxTemperatureWarmestMonth = valid.MaxTemperatureWarmestMonth;
        MinTemperatureColdestMonth = valid.MinTemperatureColdestMonth;
        AnnualPrecipitation = valid.AnnualPrecipitation;
        PrecipitationWettestMonth = valid.PrecipitationWettestMonth;
    }
}
