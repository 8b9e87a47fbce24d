using System.Globalization;

namespace CityPartnerships.Web.Localization;

public static class PortalCultures
{
    public const string English = "en";
    public const string German = "de";

    /// <summary>
    /// Read-only, shared instances: request localisation hands a read-only culture to each request, and a writable one
    /// would be cloned per request, rebuilding its number and date formats from ICU every time (docs/benchmarks.md).
    /// </summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(German)];

    /// <summary>The interface language of the current request ("de", "en"), e.g. for <c>City.NameIn</c> in a query.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The reader's alphabetical order for names sorted in memory (choices, short lists): "Österreich" beside "Oman".</summary>
    public static StringComparer NameOrder => StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Any(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase));
}
