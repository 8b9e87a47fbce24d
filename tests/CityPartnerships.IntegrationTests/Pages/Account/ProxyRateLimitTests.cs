using System.Net;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Account;

/// <summary>The sign-in limit per client address holds whatever X-Forwarded-For a client sends itself.</summary>
public sealed class ProxyRateLimitTests(PortalApp app)
{
    private static readonly IPAddress _peer = IPAddress.Parse("203.0.113.7");

    [Theory]
    [InlineData(null)]
    [InlineData("198.51.100.1")]
    public async Task A_rotating_forwarded_address_from_an_untrusted_peer_does_not_escape_the_limit(string? configuredProxy)
    {
        var settings = new Dictionary<string, string> { ["RateLimiting:LoginAttemptsPerMinute"] = "3" };
        if (configuredProxy is not null)
        {
            settings["ForwardedHeaders:KnownProxies"] = configuredProxy;
        }

        await using var portal = PortalBehindPeer(settings);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            answers.Add(await AttemptAsync(client, forwardedFor: $"192.0.2.{attempt}"));
        }

        Assert.All(answers.Take(3), answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        var retryAfter = int.Parse(answers[3].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "203.0.113.7")]
    [InlineData("ForwardedHeaders:KnownNetworks", "203.0.113.0/24")]
    public async Task Behind_a_configured_proxy_the_limit_counts_per_client(string key, string value)
    {
        await using var portal = PortalBehindPeer(new() { ["RateLimiting:LoginAttemptsPerMinute"] = "3", [key] = value });
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        // Four different people behind the proxy each get their own attempts; one person alone is limited.
        for (var person = 1; person <= 4; person++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(client, forwardedFor: $"192.0.2.{person}")).StatusCode);
        }

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(client, forwardedFor: "192.0.2.1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await AttemptAsync(client, forwardedFor: "192.0.2.1")).StatusCode);
    }

    private WebApplicationFactory<Program> PortalBehindPeer(Dictionary<string, string> settings) =>
        new PortalFactory(app.ConnectionString, settings).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new PeerAddress(_peer))));

    private static async Task<HttpResponseMessage> AttemptAsync(HttpClient client, string forwardedFor)
    {
        var form = await client.LoadFormAsync("/Account/Login", new() { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "wrong-password-here" });
        using var request = new HttpRequestMessage(HttpMethod.Post, form.Target) { Content = new FormUrlEncodedContent(form.Values) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    /// <summary>Every request arrives from <paramref name="address"/>, as from a peer on the network.</summary>
    private sealed class PeerAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
