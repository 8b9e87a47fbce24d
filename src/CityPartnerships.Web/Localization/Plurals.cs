namespace CityPartnerships.Web.Localization;

public static class Plurals
{
    /// <summary>
    /// "1 entry" or "3 entries": the resource "<paramref name="key"/>.One" for exactly one, otherwise
    /// "<paramref name="key"/>" with the count. English and German need no more forms than these two.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count) =>
        count == 1 ? localizer[key + ".One"] : localizer[key, count];
}
