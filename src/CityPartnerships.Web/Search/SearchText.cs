namespace CityPartnerships.Web.Search;

/// <summary>
/// City search that ignores accents and case. Cities.SearchName holds immutable_unaccent(lower(Name)); queries
/// put what the user typed through the same two functions in PostgreSQL, so both sides always agree
/// ("Dusseldorf" finds Düsseldorf, "Gardabaer" finds Garðabær), whatever letters a name has.
/// </summary>
public static class SearchText
{
    public const int MaxLength = 100;

    /// <summary>PostgreSQL's unaccent with a fixed dictionary (created in the PartnershipRegister migration).</summary>
    [DbFunction("immutable_unaccent", "public", IsBuiltIn = false)]
    public static string Unaccent(string text) =>
        throw new InvalidOperationException("Only for use in queries, where PostgreSQL runs it.");

    /// <summary>PostgreSQL's lower(), as the SearchName column uses it (not .NET's culture-dependent ToLower).</summary>
    [DbFunction("lower", IsBuiltIn = true)]
    public static string Lower(string text) =>
        throw new InvalidOperationException("Only for use in queries, where PostgreSQL runs it.");

    /// <summary>
    /// In memory, close to what the database's search columns hold: lower case without accents ("munchen"). Only for
    /// decisions about what to show; matching itself happens in PostgreSQL.
    /// </summary>
    public static string Fold(string text) =>
        string.Concat(text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));

    /// <summary>
    /// The LIKE pattern for names that fit what was typed. A text with three letters or digits in a row matches
    /// anywhere in a name; the trigram indexes find those. A shorter one matches the start of a name ("Ba" finds
    /// Bamberg and Barcelona, not every name with "ba" in it): inside a name it would fit almost every place, and the
    /// indexes can only find it by reading all of them (about a second for the gazetteer, docs/benchmarks.md). Null
    /// when the text has no letter or digit at all: no name fits it.
    /// </summary>
    public static string? NamePattern(string text)
    {
        var escaped = EscapeLike(text);
        return LongestRunOfLettersOrDigits(escaped) switch
        {
            0 => null,
            < 3 => escaped + "%",
            _ => "%" + escaped + "%",
        };
    }

    /// <summary>
    /// Whether a name found in memory fits what was typed, by the rule of <see cref="NamePattern"/>; the typed text
    /// is folded once for all the names it is asked about.
    /// </summary>
    public static Func<string, bool> NameFits(string typed)
    {
        var folded = Fold(typed);
        return LongestRunOfLettersOrDigits(folded) switch
        {
            0 => _ => false,
            < 3 => name => Fold(name).StartsWith(folded, StringComparison.Ordinal),
            _ => name => Fold(name).Contains(folded, StringComparison.Ordinal),
        };
    }

    private static int LongestRunOfLettersOrDigits(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetterOrDigit(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>
    /// The escape character of the patterns <see cref="EscapeLike"/> writes, to be passed to every EF.Functions.Like and
    /// ILike with such a pattern: without it, Npgsql writes <c>ESCAPE ''</c>, the backslashes stay literal, and a typed
    /// "_" (max_mustermann@…) finds nothing.
    /// </summary>
    public const string LikeEscape = "\\";

    /// <summary>What was typed, trimmed and cut to <paramref name="maxLength"/>, with LIKE's wildcards escaped (<see cref="LikeEscape"/>).</summary>
    public static string EscapeLike(string text, int maxLength = MaxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > maxLength)
        {
            trimmed = trimmed[..maxLength];
        }

        return trimmed.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
