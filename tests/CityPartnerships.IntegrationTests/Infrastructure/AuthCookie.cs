namespace CityPartnerships.Tests.Infrastructure;

/// <summary>The sign-in cookie as an attacker would copy it out of a browser, and a client that replays it.</summary>
public static class AuthCookie
{
    public static string From(HttpResponseMessage signInResponse) =>
        signInResponse.Headers.GetValues("Set-Cookie")
            .First(c => c.Contains("CityPartnerships.Auth=", StringComparison.Ordinal))
            .Split(';')[0];

    /// <summary>GET <paramref name="url"/> with only the copied cookie, from a client that keeps no cookies of its own.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(HttpClient cookieless, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await cookieless.SendAsync(request);
    }
}
