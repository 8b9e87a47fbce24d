using System.Net;
using AngleSharp.Html.Parser;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Benchmarks;

/// <summary>One signed-in browser without the browser: its own cookies and connections, redirects not followed.</summary>
internal sealed class VirtualUser : IDisposable
{
    private readonly HttpClient _client;

    private VirtualUser(HttpClient client) => _client = client;

    /// <summary>
    /// Signs in through the real forms: GET the page, keep its antiforgery token and cookie, POST; for an account with
    /// two factors (admins) then the code an authenticator app would show for <paramref name="authenticatorKey"/>.
    /// </summary>
    public static async Task<VirtualUser> SignInAsync(Uri baseAddress, string email, string password, string? authenticatorKey,
        CancellationToken cancellationToken)
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
            var response = await SubmitAsync(client, "/Account/Login", "Input.Email", [new("Input.Email", email), new("Input.Password", password)],
                cancellationToken);
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            if (authenticatorKey is not null && location.StartsWith("/Account/LoginWithTwoFactor", StringComparison.OrdinalIgnoreCase))
            {
                response = await SubmitAsync(client, location, "Input.Code", [new("Input.Code", Totp.Code(authenticatorKey))], cancellationToken);
                location = response.Headers.Location?.ToString() ?? string.Empty;
            }

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

    /// <summary>GETs a page, fills the form that has <paramref name="fieldName"/> (hidden fields kept) and POSTs it.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string fieldName,
        IReadOnlyList<KeyValuePair<string, string>> values, CancellationToken cancellationToken)
    {
        var page = await client.GetAsync(path, cancellationToken);
        EnsureOk(page, path);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(cancellationToken));
        var form = document.QuerySelectorAll("form").FirstOrDefault(f => f.QuerySelector($"[name='{fieldName}']") is not null)
            ?? throw new InvalidOperationException($"{path} has no form with a {fieldName} field.");
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(input => new KeyValuePair<string, string>(input.GetAttribute("name") ?? string.Empty, input.GetAttribute("value") ?? string.Empty))
            .Where(field => field.Key.Length > 0)
            .ToList();
        if (!fields.Any(field => field.Key == "__RequestVerificationToken"))
        {
            throw new InvalidOperationException($"The form of {path} has no __RequestVerificationToken.");
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : path;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields), cancellationToken);
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
