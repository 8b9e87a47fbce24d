using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages;

/// <summary>What scripts/scan.sh (wapiti) found, answered without a server error (docs/security.md).</summary>
public sealed class ScannerFindingsTests(PortalApp app)
{
    [Fact]
    public async Task The_language_switch_returns_to_an_address_with_characters_a_header_cannot_hold()
    {
        var client = app.CreateClient();

        var response = await client.SubmitFormAsync("/", new() { ["culture"] = "de" }, formSelector: "form.language-switch",
            action: "/Culture?returnUrl=%2F%C2%BF%27%22%28");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C2%BF'%22(", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_returns_to_an_address_with_characters_a_header_cannot_hold()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);

        var response = await app.CreateClient().SubmitFormAsync("/Account/Login?ReturnUrl=%2FDashboard%3Fq%3D%C3%BC%22", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = PortalApp.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard?q=%C3%BC%22", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("POST", "?handler=Verify%C2%BF%27%22%28")]
    [InlineData("POST", "")]
    public async Task A_handler_the_page_does_not_have_is_not_found(string method, string query)
    {
        var city = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var url = $"/Partnerships/Details/{partnership.Id}";

        var response = method == "GET"
            ? await client.GetAsync(url + query)
            : await client.SubmitFormAsync(url, [], formSelector: "main form[method='post']", action: url + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_gets_the_bad_request_page_with_its_code()
    {
        var response = await app.CreateClient().SubmitFormAsync("/Accessibility", new()
        {
            ["Input.Problem"] = "broken\0text",
        }, formSelector: "main form[method='post']");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Error 400", (await response.ToDocumentAsync()).QuerySelector("main")?.TextContent);
    }
}
