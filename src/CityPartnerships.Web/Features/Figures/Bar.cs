namespace CityPartnerships.Web.Features.Figures;

/// <summary>One labelled count in a bar list (see _Bars.cshtml); <see cref="Href"/> opens the records behind it.</summary>
public sealed record Bar(string Label, int Count, string? Href = null);

/// <summary>Counts of codes and action areas as labelled bars in the user's language.</summary>
public static class Bars
{
    public static IReadOnlyList<Bar> Of<T>(IEnumerable<Count<T>> counts, IStringLocalizer localizer)
        where T : struct, Enum =>
        [.. counts.Select(c => new Bar(localizer[$"{typeof(T).Name}.{c.Code}"], c.Value))];

    /// <summary>Most frequent first, then alphabetically in the user's language.</summary>
    public static IReadOnlyList<Bar> Of(IEnumerable<AreaCount> counts) =>
        [.. counts.Select(c => new Bar(c.NameIn(ActionAreaNames.Language), c.Value))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Label, StringComparer.CurrentCultureIgnoreCase)];
}

/// <summary>A key figure on a dashboard; <see cref="Href"/> opens the filtered list behind it.</summary>
public sealed record LinkedFigure(string TestId, string Label, string Value, string? Href, string? Hint = null);
