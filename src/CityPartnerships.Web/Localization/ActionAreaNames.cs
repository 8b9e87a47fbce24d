using System.Globalization;
using System.Linq.Expressions;
using CityPartnerships.Domain.ActionAreas;

namespace CityPartnerships.Web.Localization;

/// <summary>Action area names in the interface language, for queries (see <see cref="ActionArea.NameIn(string)"/>).</summary>
public static class ActionAreaNames
{
    /// <summary>The interface language of the current request ("de", "en"), for <see cref="ActionArea.NameIn(string)"/>.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Every action area as a choice for a form or filter, in the interface language and its alphabetical order.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> OptionsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.ActionAreas.AsNoTracking().Select(a => new { a.Id, a.Name, a.GermanName }).ToListAsync(cancellationToken);
        return [.. areas
            .Select(a => new SelectListItem(ActionArea.NameIn(a.Name, a.GermanName, Language), a.Id.ToString(CultureInfo.InvariantCulture)))
            .OrderBy(o => o.Text, PortalCultures.NameOrder)];
    }

    /// <summary>The same as <see cref="ActionArea.NameIn(string)"/> for the current language, as an expression EF Core translates to SQL.</summary>
    public static Expression<Func<ActionArea, string>> InCurrentLanguage()
    {
        var german = Language == PortalCultures.German;
        return area => german && area.GermanName != null ? area.GermanName : area.Name;
    }
}
