using System.Globalization;

namespace CityPartnerships.Web.Localization;

public static class PortalCultures
{
    public const string English = "en";
    public const string German = "de";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new(English), new(German)];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Any(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase));
}
