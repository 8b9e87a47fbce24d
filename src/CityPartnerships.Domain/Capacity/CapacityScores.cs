namespace CityPartnerships.Domain.Capacity;

/// <summary>The score of each dimension in per cent of its possible points; null for a dimension without questions.</summary>
public sealed record CapacityScores(int? Financial, int? Administrative, int? Political)
{
    public int? For(CapacityDimension dimension) => dimension switch
    {
        CapacityDimension.Financial => Financial,
        CapacityDimension.Administrative => Administrative,
        CapacityDimension.Political => Political,
        _ => null,
    };
}
