using System.Net;
using AngleSharp.Html.Parser;

namespace CityPartnerships.Benchmarks;

/// <summary>One signed-in browser without the browser: its own cookies and connections, redirects not followed.</summary>
internal sealed class VirtualUser : IDisposable
{
    private readonly HttpClient _client;

    private VirtualUser(HttpClient client) => _client = client;

    /// <summary>Signs in through the real form: GET the page, keep its antiforgery token and cookie, POST.</summary>
    public static async Task<VirtualUser> SignInAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var user = new VirtualUser(client);
        try
        {
            var page = await client.GetAsync("/Account/Login", cancellationToken);
            EnsureOk(page, "/Account/Login");
            var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(cancellationToken));
            var form = document.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector("[name='Input.Email']") is not null)
                ?? throw new InvalidOperationException("The sign-in page has no form with an Input.Email field.");
            var fields = form.QuerySelectorAll("input[type=hidden]")
                .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name") ?? string.Empty, input.GetAttribute("value") ?? string.Empty))
                .Where(field => field.Key.Length > 0)
                .ToList();
            if (!fields.Any(field => field.Key == "__RequestVerificationToken"))
            {
                throw new InvalidOperationException("The sign-in form has no __RequestVerificationToken.");
            }

            fields.Add(new("Input.Email", email));
            fields.Add(new("Input.Password", password));
            var action = form.GetAttribute("action") is { Length: > 0 } target ? target : "/Account/Login";
            var response = await client.PostAsync(action, new FormUrlEncodedContent(fields), cancellationToken);
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} {response.StatusCode}, Location '{location}'.");
            }

            return user;
        }
        catch
        {
            user.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole response; anything but 200 OK fails the run.</summary>
    public async Task<byte[]> GetOkAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        EnsureOk(response, path, body);
        return body;
    }

    public void Dispose() => _client.Dispose();

    private static void EnsureOk(HttpResponseMessage response, string path, byte[]? body = null)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var start = body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
            throw new InvalidOperationException(
                $"GET {path} answered {(int)response.StatusCode} {response.StatusCode} (Location '{response.Headers.Location}'), not 200. {start}");
        }
    }
}
