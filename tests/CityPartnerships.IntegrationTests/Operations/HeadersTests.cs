using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Operations;

public sealed class HeadersTests(PortalApp app)
{
    [Fact]
    public async Task Over_https_in_production_every_cookie_is_secure_and_host_only_and_hsts_lasts_a_year_with_subdomains()
    {
        await using var portal = new PortalFactory(app.ConnectionString, new Dictionary<string, string> { ["Cookies:HttpsOnly"] = "true" });
        var client = portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example.org/") });
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);

        var home = await client.GetAsync("/");
        var loginForm = await client.GetAsync("/Account/Login");
        var culture = await client.SubmitFormAsync("/", new() { ["culture"] = "de" }, formSelector: "form.language-switch");
        var signIn = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        var signedInPage = await client.GetAsync("/MyCity");

        Assert.Equal("max-age=31536000; includeSubDomains", home.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedInPage.StatusCode);
        var cookies = new[] { home, loginForm, culture, signIn }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-CityPartnerships.Auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-CityPartnerships.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-.AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task In_https_only_mode_a_plain_http_request_is_told_to_use_https_instead_of_failing_and_health_still_answers()
    {
        await using var portal = new PortalFactory(app.ConnectionString, new Dictionary<string, string> { ["Cookies:HttpsOnly"] = "true" });
        var client = portal.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://portal.example.org/") });

        var loginForm = await client.GetAsync("/Account/Login?ReturnUrl=%2FMyCity");
        var post = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.org" }));
        var health = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.BadRequest, loginForm.StatusCode);
        var page = await loginForm.Content.ReadAsStringAsync();
        Assert.Contains("Dieses Portal antwortet nur über HTTPS", page);
        Assert.Contains("This portal only answers over HTTPS", page);
        Assert.Contains("href=\"https://portal.example.org/Account/Login?ReturnUrl=%2FMyCity\"", page);
        Assert.False(loginForm.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Over_https_the_demo_configuration_marks_cookies_secure_too()
    {
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example.org/") });

        var loginForm = await client.GetAsync("/Account/Login");

        var antiforgery = loginForm.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CityPartnerships.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_and_exports_are_not_stored_by_caches_static_files_are()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        foreach (var url in new[] { "/", "/Partnerships", "/Partnerships?handler=Export", "/Partnerships?handler=Excel", "/Admin/Users", "/Admin/Privacy?handler=Export&email=someone%40example.org" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url} answered {(int)response.StatusCode} with Cache-Control '{response.Headers.CacheControl}'");
        }

        var stylesheet = await client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.NotEqual(true, stylesheet.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Every_answer_carries_a_permissions_policy_and_kestrel_names_no_server()
    {
        await using var portal = new PortalFactory(app.ConnectionString);
        portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        foreach (var url in new[] { "/", "/css/site.css", "/no-such-page" })
        {
            var response = await client.GetAsync(url);
            Assert.Empty(response.Headers.Server);
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        }
    }
}
