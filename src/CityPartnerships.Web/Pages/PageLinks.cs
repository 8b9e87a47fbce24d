using System.Collections.Concurrent;

namespace CityPartnerships.Web.Pages;

/// <summary>
/// Addresses of pages without route values, as the anchor tag helper would write them, generated once per page and
/// path base: the layout links a dozen pages on every request (the issue-14 profile, docs/benchmarks.md).
/// </summary>
public static class PageLinks
{
    private static readonly ConcurrentDictionary<(string PathBase, string Page), string> _paths = new();

    public static string To(HttpContext context, string page) =>
        _paths.GetOrAdd((context.Request.PathBase.Value ?? "", page), key =>
            context.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(key.Page, pathBase: new PathString(key.PathBase))
            ?? throw new InvalidOperationException($"No page {key.Page}."));
}
