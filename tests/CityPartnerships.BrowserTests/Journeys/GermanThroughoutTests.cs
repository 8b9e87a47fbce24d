using System.Text.RegularExpressions;
using System.Xml.Linq;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// Every page a user reaches by following links, in German, as each role: no text that exists only in the English
/// resources (an untranslated label, a key missing from the German file, an English fallback in a page).
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed partial class GermanThroughoutTests(BrowserApp app)
{
    private const int MaxPagesPerRole = 120;

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

    [Theory]
    [InlineData(null)]
    [InlineData("duesseldorf.staff@example.org")]
    [InlineData("duesseldorf.mayor@example.org")]
    [InlineData("admin@example.org")]
    public async Task No_page_reached_by_a_link_shows_english_interface_text_in_german(string? email)
    {
        var englishOnly = EnglishOnlyTexts();
        var page = await app.NewPageAsync("de-DE");
        if (email is not null)
        {
            await BrowserApp.SignInAsync(page, email);
        }

        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            visited++;
            if (response is null || !(response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
            {
                continue;
            }

            // Interface texts are whole pieces of text (a label, a heading, a button); words inside a longer text that
            // someone typed (a post reading "Düsseldorf seeks a partner for …") are content, whatever their language.
            var texts = await page.EvaluateAsync<string[]>(VisibleGermanText);
            found.AddRange(texts.Where(text => englishOnly.Any(english => english.IsMatch(text))).Select(text => $"{path}: \"{text}\""));
            var links = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href]')].filter(a => !a.hasAttribute('download')).map(a => a.getAttribute('href'))");
            foreach (var link in links.Where(IsPageLink))
            {
                if (seen.Add(Pattern(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        await page.Context.CloseAsync();
        Assert.True(visited > 10, $"only {visited} pages reached as {email ?? "visitor"}");
        Assert.True(found.Count == 0, $"English text in the German interface as {email ?? "visitor"} ({visited} pages):\n{string.Join("\n", found.Distinct())}");
    }

    /// <summary>Links to the portal's own pages; not downloads, exports, probes or leaving the session.</summary>
    private static bool IsPageLink(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.Contains("handler=", StringComparison.OrdinalIgnoreCase)
        && !href.StartsWith("/health", StringComparison.Ordinal)
        && !href.StartsWith("/lib/", StringComparison.Ordinal)
        && !href.Contains("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        // Opening the authenticator set-up creates a new key, which ends the user's other sessions (other tests');
        // the account pages have their own journey in both languages.
        && !href.StartsWith("/Account/Manage", StringComparison.OrdinalIgnoreCase)
        && !FileLink().IsMatch(href);

    /// <summary>One page of each kind: "/Partnerships/Details/12" and "/Partnerships/Details/40" are the same kind; so are two pages of a list.</summary>
    private static string Pattern(string href)
    {
        var path = href.Split('#')[0];
        var parts = path.Split('?', 2);
        var route = Number().Replace(parts[0], "/{n}");
        var keys = parts.Length == 2 ? string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Where(k => k is not ("p" or "after" or "returnUrl")).Order(StringComparer.Ordinal)) : "";
        return route + "?" + keys;
    }

    /// <summary>English resource texts that differ from their German translation and are long enough to be recognised in a page, as whole texts (placeholders match anything).</summary>
    private static List<Regex> EnglishOnlyTexts()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CityPartnerships.sln")))
        {
            folder = folder.Parent;
        }

        var resources = Path.Combine(folder!.FullName, "src", "CityPartnerships.Web", "Resources");
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

    [GeneratedRegex(@"/\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(csv|pdf|xlsx|ods|ics|json|png|svg|zip|docx?)($|\?)", RegexOptions.IgnoreCase)]
    private static partial Regex FileLink();
}
