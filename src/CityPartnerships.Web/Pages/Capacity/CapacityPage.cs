using CityPartnerships.Domain.Capacity;

namespace CityPartnerships.Web.Pages.Capacity;

/// <summary>What the result partial needs: an assessment's scores and next steps, the median, and the solution pages' titles.</summary>
public sealed record CapacityResultModel(Features.Capacity.CapacityResultView Result, Features.Capacity.CapacityMedianView Median,
    IReadOnlyDictionary<string, string> SolutionTitles)
{
    public static IReadOnlyList<CapacityDimension> Dimensions { get; } = Enum.GetValues<CapacityDimension>();

    /// <summary>The titles of the solution pages by slug in the interface language, for the links of the next steps.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SolutionTitlesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var german = ActionAreaNames.Language == PortalCultures.German;
        return await db.ContentPages.AsNoTracking()
            .Select(p => new { p.Slug, Title = german ? p.GermanTitle : p.Title })
            .ToDictionaryAsync(p => p.Slug, p => p.Title, cancellationToken);
    }
}
