namespace CityPartnerships.Web.Search;

/// <summary>The names a name search found cities by where the name shown does not fit (<see cref="CitySearch.NamesMatchingAsync"/>).</summary>
public sealed class NamesFoundBy(IReadOnlyDictionary<int, string> names)
{
    public static readonly NamesFoundBy None = new(new Dictionary<int, string>());

    /// <summary>The name the city was found by, if it is not the one shown.</summary>
    public string? For(int cityId, string shownName) =>
        names.TryGetValue(cityId, out var name) && !string.Equals(name, shownName, StringComparison.Ordinal) ? name : null;
}
