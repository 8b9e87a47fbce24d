using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// Finds interface text that exists only in the English resources (an untranslated label, a key missing from the German
/// file, an English fallback) on a page shown in German.
/// </summary>
public static partial class GermanTexts
{
    // The page's visible text, without parts marked as another language (a practice written in English, lang="en"):
    // those are content, and marking them is what a screen reader needs to pronounce them (WCAG 3.1.2).
    private const string VisibleGermanText = """
        () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                const language = element.closest('[lang]')?.getAttribute('lang') ?? 'de';
                if (!language.startsWith('de') || !element.checkVisibility()) continue;
                const text = node.textContent.replace(/\s+/g, ' ').trim();
                if (text) parts.push(text);
            }
            return parts;
        }
        """;

    private static readonly Lazy<List<Regex>> _englishOnly = new(EnglishOnlyTexts);

    /// <summary>
    /// Interface texts are whole pieces of text (a label, a heading, a button); words inside a longer text that someone
    /// typed (a post reading "Düsseldorf seeks a partner for …") are content, whatever their language.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnglishOnlyTextsOnAsync(IPage page)
    {
        var texts = await page.EvaluateAsync<string[]>(VisibleGermanText);
        return [.. texts.Where(text => _englishOnly.Value.Any(english => english.IsMatch(text))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>English resource texts that differ from their German translation and are long enough to be recognised in a page, as whole texts (placeholders match anything).</summary>
    private static List<Regex> EnglishOnlyTexts()
    {
        var resources = Path.Combine(BrowserApp.RepositoryRoot, "src", "CityPartnerships.Web", "Resources");
        var english = Read(Path.Combine(resources, "SharedResource.resx"));
        var german = Read(Path.Combine(resources, "SharedResource.de.resx"));
        return [.. english
            .Where(e => !german.TryGetValue(e.Key, out var de) || de != e.Value)
            .Select(e => Regex.Replace(e.Value, @"\s+", " ").Trim())
            // Long and distinctive enough: without its placeholders ("{0} partnerships") at least 12 characters.
            .Where(value => Placeholder().Replace(value, "").Trim().Length >= 12 && value.Contains(' ', StringComparison.Ordinal)
                && !german.ContainsValue(value))
            .Distinct(StringComparer.Ordinal)
            .Select(value => new Regex("^" + string.Join(".+", Placeholder().Split(value).Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant))];

        static Dictionary<string, string> Read(string file) =>
            XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
