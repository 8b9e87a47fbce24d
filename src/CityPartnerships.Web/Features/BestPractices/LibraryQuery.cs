using System.Text.RegularExpressions;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>
/// What the library searches for: the typed words stemmed in German and in English (websearch_to_tsquery, so quotes, "or"
/// and "-" work as on the web), each stem of four letters or more also as the beginning of a longer word.
/// </summary>
/// <remarks>
/// German joins words: a reader looking for "Hitze" means "Hitzeaktionsplan" and "Hitzeschutz" too, and PostgreSQL's
/// German stemmer does not split compounds. Shorter stems stay whole, so that "Rat" does not find "Rathaus" and "Rate".
/// </remarks>
public static partial class LibraryQuery
{
    public const int MinPrefixLength = 4;

    /// <summary>The SQL that stems the words; its text form goes through <see cref="AsPrefixes"/>.</summary>
    public const string StemSql = "SELECT (websearch_to_tsquery('german', {0}) || websearch_to_tsquery('english', {0}))::text AS \"Value\"";

    /// <summary>
    /// What to match and rank by: the text form of a tsquery with each lexeme of <see cref="MinPrefixLength"/> letters
    /// or more as a prefix, <c>'hitz':*</c> (which also matches the whole word).
    /// </summary>
    public static string AsPrefixes(string tsquery) => Replace(tsquery, lexeme => lexeme + ":*");

    private static string Replace(string tsquery, Func<string, string> longLexeme) =>
        Lexeme().Replace(tsquery, match => match.Groups["text"].Value.Replace("''", "'", StringComparison.Ordinal).Length >= MinPrefixLength
            ? longLexeme(match.Value)
            : match.Value);

    // A quoted lexeme of a tsquery's text form; a quote inside it is doubled.
    [GeneratedRegex("'(?<text>(?:[^']|'')+)'")]
    private static partial Regex Lexeme();
}
