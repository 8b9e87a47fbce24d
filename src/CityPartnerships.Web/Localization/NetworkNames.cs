using System.Globalization;
using CityPartnerships.Domain.Networks;

namespace CityPartnerships.Web.Localization;

/// <summary>City network names in the interface language (see <see cref="Network.NameIn(string)"/>).</summary>
public static class NetworkNames
{
    /// <summary>Every network as a choice for a form or filter, with its abbreviation, in the interface language and its alphabetical order.</summary>
    public static IReadOnlyList<SelectListItem> Options(IEnumerable<Network> networks) =>
        [.. networks
            .Select(n => new SelectListItem(n.DisplayNameIn(PortalCultures.Language), n.Id.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(o => o.Text, PortalCultures.NameOrder)];
}
