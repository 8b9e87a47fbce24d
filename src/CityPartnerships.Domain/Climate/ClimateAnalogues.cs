namespace CityPartnerships.Domain.Climate;

/// <summary>A city's climate in the pool the finder searches.</summary>
public readonly record struct CityClimateValues(int CityId, ClimateIndicators Values);

/// <summary>A candidate analogue and its distance.</summary>
public readonly record struct Analogue(int CityId, double Distance);

/// <summary>The climates nearest to a target climate (docs/climate-twins.md).</summary>
public static class ClimateAnalogues
{
    /// <summary>The <paramref name="count"/> nearest climates of the pool to the target, nearest first, the city itself left out.</summary>
    public static IReadOnlyList<Analogue> Nearest(ClimateIndicators target, IReadOnlyList<CityClimateValues> pool, ClimateSimilarity similarity,
        int excludeCityId, int count)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(similarity);
        var all = new List<Analogue>(pool.Count);
        foreach (var candidate in pool)
        {
            if (candidate.CityId != excludeCityId)
            {
                all.Add(new Analogue(candidate.CityId, similarity.Distance(target, candidate.Values)));
            }
        }

        all.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.CityId.CompareTo(b.CityId));
        return all.Count > count ? all.GetRange(0, count) : all;
    }

    /// <summary>Where a city ranks among the analogues of the target (1 = nearest), or null when it is not in the pool.</summary>
    public static int? RankOf(int cityId, ClimateIndicators target, IReadOnlyList<CityClimateValues> pool, ClimateSimilarity similarity, int excludeCityId)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(similarity);
        var own = pool.Where(c => c.CityId == cityId).Select(c => (double?)similarity.Distance(target, c.Values)).FirstOrDefault();
        return own is null
            ? null
            : 1 + pool.Count(c => c.CityId != cityId && c.CityId != excludeCityId && similarity.Distance(target, c.Values) < own.Value);
    }
}
