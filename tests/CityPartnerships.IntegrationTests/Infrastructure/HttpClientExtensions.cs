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
    /// Loads the page and submits one of its forms the way a browser would: every field with its current value
    /// (including hidden ones such as the antiforgery token and row versions), with <paramref name="fields"/> typed
    /// over them. <paramref name="formSelector"/> picks the form; <paramref name="action"/> overrides where it posts.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl,
        Dictionary<string, string> fields, string formSelector = "main form", string? action = null) =>
        await (await client.LoadFormAsync(pageUrl, fields, formSelector, action)).SubmitAsync();

    /// <summary>
    /// Loads the page and fills in one of its forms without sending it, so that a test can send the same form twice
    /// (a double click) or two forms at once (two colleagues).
    /// </summary>
    public static async Task<LoadedForm> LoadFormAsync(this HttpClient client, string pageUrl,
        Dictionary<string, string> fields, string formSelector = "main form", string? action = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = CurrentValues(form).Where(v => !fields.ContainsKey(v.Key)).ToList();
        values.AddRange(fields);

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = pageUrl;
        }

        return new LoadedForm(client, target, values);
    }

    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name)
                    && input.Type is not ("submit" or "button" or "reset")
                    && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    yield return new(input.Name, input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && select.SelectedOptions.Length > 0:
                    yield return new(select.Name, select.SelectedOptions[0].Value);
                    break;
                case IHtmlTextAreaElement textArea when !string.IsNullOrEmpty(textArea.Name):
                    yield return new(textArea.Name, textArea.Value);
                    break;
            }
        }
    }
}

/// <summary>A form as the browser has it filled in, ready to be sent (again).</summary>
public sealed record LoadedForm(HttpClient Client, string Target, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    public Task<HttpResponseMessage> SubmitAsync() => Client.PostAsync(Target, new FormUrlEncodedContent(Values));
}

public static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the location came absolute or relative.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
