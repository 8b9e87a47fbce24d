using CityPartnerships.Web.Features.Partnerships;

namespace CityPartnerships.Web.Pages.Map;

/// <summary>What the map partial needs: the filter, its choices, and where the data and a city's list live.</summary>
public sealed record PartnershipMapOptions(PartnershipFilter Filter, string PagePath, string ListPage, bool ShowMine,
    IReadOnlyList<SelectListItem> Countries, IReadOnlyList<SelectListItem> Areas)
{
    public static async Task<PartnershipMapOptions> LoadAsync(AppDbContext db, PartnershipFilter filter, string pagePath, string listPage, bool showMine,
        CancellationToken cancellationToken) =>
        new(filter, pagePath, listPage, showMine, CountryNames.Options(), await ActionAreaNames.OptionsAsync(db, cancellationToken));
}
