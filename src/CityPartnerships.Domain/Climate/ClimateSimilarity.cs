namespace CityPartnerships.Domain.Climate;

/// <summary>How far one climate is from another, and which indicators make the difference.</summary>
public sealed record IndicatorDifference(ClimateIndicator Indicator, double From, double To, double StandardisedDifference);

/// <summary>
/// Standardised Euclidean distance between two climates (docs/climate-twins.md). Each indicator is first put on a
/// comparable scale: precipitation as log(1 + mm), because 100 mm more matter in a dry city and hardly in a wet one;
/// then every indicator is divided by its standard deviation across the present-day climates of all cities with data,
/// so a degree and a millimetre count by how much cities differ in them. The distance is the root mean square of the
/// five standardised differences, so 0.25 means the climates differ by a quarter of a standard deviation per indicator
/// on average; indicators are weighed equally.
/// </summary>
public sealed class ClimateSimilarity
{
    /// <summary>Closer than this, a present-day climate counts as an analogue (docs/climate-twins.md says why).</summary>
    public const double CloseEnough = 0.25;

    private readonly double[] _scale;

    private ClimateSimilarity(double[] scale)
    {
        _scale = scale;
    }

    public static int IndicatorCount => ClimateIndicators.All.Count;

    /// <summary>The scales of the indicators, measured on present-day climates (at least two, and not all equal).</summary>
    public static ClimateSimilarity From(IReadOnlyCollection<ClimateIndicators> presentClimates)
    {
        ArgumentNullException.ThrowIfNull(presentClimates);
        if (presentClimates.Count < 2)
        {
            throw new ArgumentException("Standardising needs at least two climates.", nameof(presentClimates));
        }

        var scale = new double[IndicatorCount];
        foreach (var indicator in ClimateIndicators.All)
        {
            var values = presentClimates.Select(c => Transformed(c, indicator)).ToList();
            var mean = values.Average();
            var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count);
            // An indicator all cities share tells them apart by nothing; a tiny scale would blow it up instead.
            scale[(int)indicator] = deviation > 1e-9 ? deviation : double.PositiveInfinity;
        }

        return new ClimateSimilarity(scale);
    }

    public double StandardDeviation(ClimateIndicator indicator) => _scale[(int)indicator];

    public static double Transformed(ClimateIndicators climate, ClimateIndicator indicator) =>
        ClimateIndicators.IsTemperature(indicator) ? climate[indicator] : Math.Log(1 + climate[indicator]);

    public double StandardisedDifference(ClimateIndicators from, ClimateIndicators to, ClimateIndicator indicator) =>
        (Transformed(to, indicator) - Transformed(from, indicator)) / _scale[(int)indicator];

    public double Distance(ClimateIndicators a, ClimateIndicators b)
    {
        var sum = 0.0;
        foreach (var indicator in ClimateIndicators.All)
        {
            var d = StandardisedDifference(a, b, indicator);
            sum += d * d;
        }

        return Math.Sqrt(sum / IndicatorCount);
    }

    /// <summary>The indicators that differ most, largest first: the explanation shown beside a twin.</summary>
    public IReadOnlyList<IndicatorDifference> LargestDifferences(ClimateIndicators from, ClimateIndicators to, int count = 3) =>
        [.. ClimateIndicators.All
            .Select(i => new IndicatorDifference(i, from[i], to[i], StandardisedDifference(from, to, i)))
            .OrderByDescending(d => Math.Abs(d.StandardisedDifference))
            .ThenBy(d => d.Indicator)
            .Take(count)];

    /// <summary>Judged on the distance as shown, to two decimals, so that a shown 0.25 is never called both close and not.</summary>
    public static bool IsClose(double distance) => Math.Round(distance, 2, MidpointRounding.AwayFromZero) <= CloseEnough;
}
