using Microsoft.Playwright;

namespace CityPartnerships.Tests.Infrastructure;

public static class AccessibilityChecks
{
    /// <summary>
    /// The serious and critical WCAG 2.1 A/AA violations axe finds, as JSON. axe is injected as an inline script, so the
    /// page must have been opened with the Content-Security-Policy bypassed.
    /// </summary>
    public static async Task<string> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(BrowserApp.RepositoryRoot, "tests", "CityPartnerships.BrowserTests", "node_modules", "axe-core", "axe.min.js") });
        return await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) })))");
    }

    /// <summary>
    /// Words split across two lines without a hyphen ("Städtepartnerschaf|t" in a narrow cell, "Jahresbudge|t" beside a
    /// card's button) inside the elements the selector finds, as "word (element)". Words are runs of four letters or
    /// more between spaces, hyphens and punctuation; mail addresses and links may break anywhere and are left out.
    /// </summary>
    public static Task<string[]> WordsBrokenAcrossLinesAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<string[]>("""
            elements => elements.flatMap(element => {
              const broken = [];
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement;
                if (parent.closest('a[href^="mailto:"], a[href^="http"], script, style, select, textarea, .visually-hidden')) continue;
                for (const match of node.textContent.matchAll(/[^\s\-–\/@.,;:()·]{4,}/g)) {
                  const range = document.createRange();
                  range.setStart(node, match.index);
                  range.setEnd(node, match.index + match[0].length);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(`"${match[0]}" (${parent.tagName.toLowerCase()}${[...parent.classList].map(c => '.' + c).join('')})`);
                }
              }
              return broken;
            })
            """);
}
