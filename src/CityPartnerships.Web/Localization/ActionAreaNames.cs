using System.Globalization;
using System.Linq.Expressions;
using CityPartnerships.Domain.ActionAreas;

namespace CityPartnerships.Web.Localization;

/// <summary>Action area names in the interface language, for queries (see <see cref="ActionArea.NameIn"/>).</summary>
public static class ActionAreaNames
{
    public static bool UseGerman => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == PortalCultures.German;

    /// <summary>The name in the current interface language, as an expression EF Core translates to SQL.</summary>
    public static Expression<Func<ActionArea, string>> InCurrentLanguage()
    {
        var german = UseGerman;
        return area => german && area.GermanName != null ? area.GermanName : area.Name;
    }
}
