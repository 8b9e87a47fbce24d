using CityPartnerships.Domain.Contacts;

namespace CityPartnerships.Web.Localization;

/// <summary>The names of <see cref="SpokenLanguages"/> in the reader's language: "Französisch" for a German reader.</summary>
public static class SpokenLanguageNames
{
    public static string Name(this IStringLocalizer localizer, string code) => localizer[$"SpokenLanguage.{code}"];

    /// <summary>"French, English", in the order noted.</summary>
    public static string Names(this IStringLocalizer localizer, IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(code => localizer.Name(code)));

    /// <summary>The common languages first, then the others by their name in the reader's language.</summary>
    public static IReadOnlyList<(string Code, string Name, bool Common)> Choices(this IStringLocalizer localizer) =>
    [
        .. SpokenLanguages.Common.Select(code => (code, localizer.Name(code), true)).OrderBy(c => c.Item2, StringComparer.CurrentCulture),
        .. SpokenLanguages.All.Except(SpokenLanguages.Common).Select(code => (code, localizer.Name(code), false))
            .OrderBy(c => c.Item2, StringComparer.CurrentCulture),
    ];
}
