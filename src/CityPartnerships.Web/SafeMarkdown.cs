using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace CityPartnerships.Web;

/// <summary>
/// Text that users write as Markdown, shown as HTML that cannot carry script: Markdig renders it with raw HTML
/// switched off (typed tags come out as text), and HtmlSanitizer then keeps only a short list of tags and
/// attributes and web or mail links, as a second guard should a Markdown construct ever produce something else.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseSoftlineBreakAsHardlineBreak().Build();

    private static readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    // Rendering and sanitizing a legal page's Markdown cost more CPU than the rest of its page (docs/benchmarks.md).
    // The HTML depends on the text alone, so it is kept for the next reader (a changed text is another key), up to
    // about four million characters; what does not fit is rendered each time.
    private static readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 4_000_000 });

    public static IHtmlContent ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        if (!_rendered.TryGetValue(markdown, out HtmlString? html) || html is null)
        {
            html = new HtmlString(Sanitize(Markdown.ToHtml(markdown, _pipeline)));
            _rendered.Set(markdown, html, new MemoryCacheEntryOptions { Size = markdown.Length + html.Value!.Length });
        }

        return html;
    }

    /// <summary>
    /// The words of the Markdown without its marks (emphasis, headings, list bullets, link targets), on one line; for
    /// snippets and previews. The result is text, not HTML: encode it when writing it into a page.
    /// </summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty
            : SingleSpaced(Markdown.ToPlainText(markdown, _pipeline));

    /// <summary>The text's words separated by one space each (line breaks and runs of spaces included).</summary>
    public static string SingleSpaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Sanitize(string html) => _sanitizer.Sanitize(html);

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code", "pre", "h3", "h4", "h5", "h6", "hr"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
