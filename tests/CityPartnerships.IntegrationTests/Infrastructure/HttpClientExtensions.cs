using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CityPartnerships.Tests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await response.ToDocumentAsync();
    }

    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    /// <summary>
    /// Loads the page, takes the form's antiforgery token the way a browser would, and posts the given fields.
    /// <paramref name="formSelector"/> picks the form when the page has several (e.g. the language switch).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl,
        Dictionary<string, string> fields, string formSelector = "main form", string? action = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = new Dictionary<string, string>();
        if (form.QuerySelector("input[name=__RequestVerificationToken]") is IHtmlInputElement token)
        {
            values["__RequestVerificationToken"] = token.Value;
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = pageUrl;
        }

        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }
}
