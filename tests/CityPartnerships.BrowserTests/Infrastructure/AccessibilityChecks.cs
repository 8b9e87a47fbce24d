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
}
