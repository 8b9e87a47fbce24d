namespace CityPartnerships.Web.Localization;

public static class Plurals
{
    /// <summary>
    /// "1 entry" or "3 entries": the resource "<paramref name="key"/>.One" for exactly one, otherwise
    /// "<paramref name="key"/>". Both get the count as {0} and <paramref name="more"/> as {1}, {2}, …
    /// English and German need no more forms than these two.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count, params object[] more) =>
        localizer[count == 1 ? key + ".One" : key, [count, .. more]];
}
