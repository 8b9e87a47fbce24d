using System.Net;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Pages;

public sealed class HomeTests(PortalApp app)
{
    [Fact]
    public async Task Home_page_explains_the_portal_and_offers_sign_in()
    {
        var page = await app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("international partnerships", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/Account/Login']"));
        Assert.Contains("Climate action and environmental protection", page.Body!.TextContent);
    }

    [Fact]
    public async Task Home_page_is_in_german_for_a_german_browser()
    {
        var page = await app.CreateClient("de-DE,de;q=0.9").GetDocumentAsync("/");

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Die internationalen Partnerschaften Ihrer Stadt", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Anmelden", page.QuerySelector("main a[href='/Account/Login']")?.TextContent);
    }

    [Fact]
    public async Task Language_switch_remembers_the_choice_and_returns_to_the_page()
    {
        var client = app.CreateClient("en");

        var response = await client.SubmitFormAsync("/Account/Login", new() { ["culture"] = "de" },
            formSelector: "form.language-switch");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync("/Account/Login");
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Anmelden", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("E-Mail-Adresse", page.QuerySelector("label[for=Input_Email]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Language_switch_ignores_unknown_languages_and_foreign_return_addresses()
    {
        var client = app.CreateClient();

        var response = await client.SubmitFormAsync("/", new() { ["culture"] = "xx" },
            formSelector: "form.language-switch", action: "/Culture?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("en", (await client.GetDocumentAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Unknown_address_gets_a_friendly_not_found_page()
    {
        var response = await app.CreateClient().GetAsync("/no-such-page-" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task Error_page_is_friendly_and_reveals_no_details()
    {
        var response = await app.CreateClient().GetAsync("/Error");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Sorry, something went wrong", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Exception", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("main code"));
    }

    [Fact]
    public async Task Pages_send_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
