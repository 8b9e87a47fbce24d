using System.Globalization;
using System.Text;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>
/// The passages of a practice's text around the words a reader searched for, given to ts_headline instead of the whole
/// text. PostgreSQL parses text for a headline at about 0.1 µs a character (docs/benchmarks.md): twenty practices
/// written to the template's limits (up to 32,000 characters each) would cost more than the search itself.
/// </summary>
/// <remarks>
/// Finding the passages is a guess: the beginning of a typed word (ignoring case and accents) stands in for its stem,
/// so "Partnerschaften" finds "Partnerschaft". ts_headline still decides what matches. When the guess finds nothing,
/// the whole text is returned, and the caller makes a headline without a match again from the whole text.
/// </remarks>
public static class SnippetPassages
{
    // Characters kept before and after a found word. Few before: where a text holds only some of the words, ts_headline
    // shows the passage's first words, and the found word must be among them. Two fragments of 35 words fit after it.
    private const int Before = 60;
    private const int After = 500;
    private const int MaxPassages = 4;

    // Texts this short are cheaper to parse whole than to cut.
    private const int ShortText = 1_200;

    public const string Separator = " … ";

    // Latin letters with accents (up to Latin Extended-A) to their base letter: ä → a, é → e, ł stays ł.
    private static readonly char[] _latin = Enumerable.Range(0, 0x180)
        .Select(i => (char)i)
        .Select(c => char.IsLetter(c) && c.ToString().Normalize(NormalizationForm.FormD) is { Length: > 0 } decomposed
            && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                ? decomposed[0] : c)
        .ToArray();

    public static string Around(string text, string words)
    {
        if (text.Length <= ShortText)
        {
            return text;
        }

        var folded = Fold(text);
        var starts = WordBeginnings(words)
            .SelectMany(beginning => Occurrences(folded, beginning).Take(2))
            .Distinct().Order().Take(MaxPassages).ToList();
        if (starts.Count == 0)
        {
            return text;
        }

        var passages = new List<(int Start, int End)>();
        foreach (var at in starts)
        {
            var start = WordBoundaryAfter(text, Math.Max(0, at - Before));
            var end = WordBoundaryBefore(text, Math.Min(text.Length, at + After));
            if (passages.Count > 0 && start <= passages[^1].End)
            {
                passages[^1] = (passages[^1].Start, Math.Max(end, passages[^1].End));
            }
            else
            {
                passages.Add((start, end));
            }
        }

        return string.Join(Separator, passages.Select(p => text[p.Start..p.End].Trim()));
    }

    /// <summary>What of each typed word (three letters or more) a stemmed form of it is likely to begin with.</summary>
    private static IEnumerable<string> WordBeginnings(string words)
    {
        var word = new StringBuilder();
        foreach (var c in Fold(words) + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length >= 3)
            {
                yield return word.ToString(0, word.Length <= 4 ? 3 : Math.Max(4, word.Length - 3));
            }

            word.Clear();
        }
    }

    private static IEnumerable<int> Occurrences(string folded, string beginning)
    {
        for (var at = folded.IndexOf(beginning, StringComparison.Ordinal); at >= 0;
             at = at + 1 < folded.Length ? folded.IndexOf(beginning, at + 1, StringComparison.Ordinal) : -1)
        {
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
            {
                yield return at;
            }
        }
    }

    private static int WordBoundaryAfter(string text, int index)
    {
        if (index == 0)
        {
            return 0;
        }

        var space = text.IndexOfAny([' ', '\n'], index);
        return space < 0 ? index : space + 1;
    }

    private static int WordBoundaryBefore(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOfAny([' ', '\n'], index);
        return space <= 0 ? index : space;
    }

    /// <summary>
    /// Lower case without accents, one character for one, so that positions in the result are positions in the text
    /// (SearchText.Fold drops the accents as characters of their own, which shifts positions).
    /// </summary>
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldChar(source[i]);
        }
    });

    private static char FoldChar(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower < _latin.Length ? _latin[lower] : lower;
    }
}
