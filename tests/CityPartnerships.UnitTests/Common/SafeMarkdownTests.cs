using CityPartnerships.Web;

namespace CityPartnerships.UnitTests.Common;

/// <summary>Markdown written by users, shown as HTML: kept after the first rendering, never unsafe, never stale.</summary>
public sealed class SafeMarkdownTests
{
    private static string Html(string markdown) => SafeMarkdown.ToHtml(markdown).ToString()!;

    [Fact]
    public void A_script_or_a_javascript_link_is_harmless_on_every_rendering_not_only_the_first()
    {
        var text = $"Hallo {Guid.NewGuid():N} <script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror=alert(3)>";

        foreach (var html in new[] { Html(text), Html(text) })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_edited_text_shows_the_edit_at_once()
    {
        var page = $"Impressum {Guid.NewGuid():N}\n\nVerantwortlich: **Erika Muster**";

        Assert.Contains("<strong>Erika Muster</strong>", Html(page), StringComparison.Ordinal);
        Assert.Contains("<strong>Max Beispiel</strong>", Html(page.Replace("Erika Muster", "Max Beispiel", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("<strong>Erika Muster</strong>", Html(page), StringComparison.Ordinal);
    }
}
