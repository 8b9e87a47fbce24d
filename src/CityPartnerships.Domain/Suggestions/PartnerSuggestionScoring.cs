namespace CityPartnerships.Domain.Suggestions;

public enum SuggestionReasonKind
{
    SharedActionAreas,
    ComplementaryExpertise,
    SimilarSize,
    SharedNetworks,
    ClimateTwin,
    PartnersPartner,
}

/// <summary>
/// What is known of a candidate partner compared with our city. The ids are action areas, networks or cities, so
/// that the page can name them; they are facts, not yet points.
/// </summary>
public sealed record SuggestionFacts(
    IReadOnlyCollection<int> SharedActionAreaIds,
    IReadOnlyCollection<int> ComplementaryActionAreaIds,
    int? OwnPopulation,
    int? CandidatePopulation,
    IReadOnlyCollection<int> SharedNetworkIds,
    bool IsClimateTwin,
    IReadOnlyCollection<int> CommonPartnerIds)
{
    public static SuggestionFacts None { get; } = new([], [], null, null, [], false, []);
}

/// <summary>One reason a candidate is suggested, its points, and the areas, networks or partners it rests on.</summary>
public sealed record SuggestionReason(SuggestionReasonKind Kind, int Points, IReadOnlyList<int> Ids);

public sealed record SuggestionScore(int Points, IReadOnlyList<SuggestionReason> Reasons)
{
    /// <summary>A similar size alone is no reason to partner: a suggestion needs at least one other reason.</summary>
    public bool IsSuggested => Reasons.Any(r => r.Kind != SuggestionReasonKind.SimilarSize);
}

/// <summary>
/// How a candidate partner is scored (docs/partner-suggestions.md): a few points per reason, each capped so that one
/// kind of reason cannot drown the others, and every point traceable to a reason shown to the user.
/// </summary>
public static class PartnerSuggestionScoring
{
    public const int PointsPerSharedArea = 2;
    public const int MaxSharedAreasCounted = 3;
    public const int PointsPerComplementaryArea = 3;
    public const int MaxComplementaryAreasCounted = 2;
    public const int PointsForSimilarSize = 2;

    /// <summary>Two populations are similar when the larger is at most this many times the smaller.</summary>
    public const double SimilarSizeRatio = 2;

    public const int PointsPerSharedNetwork = 2;
    public const int MaxSharedNetworksCounted = 2;
    public const int PointsForClimateTwin = 4;
    public const int PointsPerCommonPartner = 2;
    public const int MaxCommonPartnersCounted = 3;

    public static SuggestionScore Score(SuggestionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<SuggestionReason>();
        Add(reasons, SuggestionReasonKind.SharedActionAreas, facts.SharedActionAreaIds, PointsPerSharedArea, MaxSharedAreasCounted);
        Add(reasons, SuggestionReasonKind.ComplementaryExpertise, facts.ComplementaryActionAreaIds, PointsPerComplementaryArea, MaxComplementaryAreasCounted);
        if (IsSimilarSize(facts.OwnPopulation, facts.CandidatePopulation))
        {
            reasons.Add(new SuggestionReason(SuggestionReasonKind.SimilarSize, PointsForSimilarSize, []));
        }

        Add(reasons, SuggestionReasonKind.SharedNetworks, facts.SharedNetworkIds, PointsPerSharedNetwork, MaxSharedNetworksCounted);
        if (facts.IsClimateTwin)
        {
            reasons.Add(new SuggestionReason(SuggestionReasonKind.ClimateTwin, PointsForClimateTwin, []));
        }

        Add(reasons, SuggestionReasonKind.PartnersPartner, facts.CommonPartnerIds, PointsPerCommonPartner, MaxCommonPartnersCounted);
        return new SuggestionScore(reasons.Sum(r => r.Points), reasons);
    }

    /// <summary>Unknown populations are not similar: the portal does not guess a size.</summary>
    public static bool IsSimilarSize(int? own, int? candidate) =>
        own is > 0 && candidate is > 0 && Math.Max(own.Value, candidate.Value) <= SimilarSizeRatio * Math.Min(own.Value, candidate.Value);

    private static void Add(List<SuggestionReason> reasons, SuggestionReasonKind kind, IReadOnlyCollection<int> ids, int pointsEach, int maxCounted)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // Sorted and without repeats: an area named by two sources counts once. (Called for every candidate of a large register, hence no LINQ.)
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[distinct - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        reasons.Add(new SuggestionReason(kind, pointsEach * Math.Min(distinct, maxCounted), sorted[..distinct]));
    }
}
