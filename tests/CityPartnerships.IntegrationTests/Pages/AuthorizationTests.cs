using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages;

public sealed class AuthorizationTests(PortalApp app)
{
    public static TheoryData<string> ProtectedPages => ["/Admin", "/Admin/Users", "/Admin/Users/Create", "/MyCity", "/Dashboard"];

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string page)
    {
        var response = await app.CreateClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    public async Task Public_pages_open_without_signing_in(string page)
    {
        var response = await app.CreateClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff, "/Admin", false)]
    [InlineData(Roles.InternationalAffairsStaff, "/Admin/Users", false)]
    [InlineData(Roles.InternationalAffairsStaff, "/MyCity", true)]
    [InlineData(Roles.InternationalAffairsStaff, "/Dashboard", true)]
    [InlineData(Roles.MayorsOffice, "/Admin", false)]
    [InlineData(Roles.MayorsOffice, "/Admin/Users/Create", false)]
    [InlineData(Roles.MayorsOffice, "/MyCity", false)]
    [InlineData(Roles.MayorsOffice, "/Dashboard", true)]
    [InlineData(Roles.AssociationAdmin, "/Admin", true)]
    [InlineData(Roles.AssociationAdmin, "/Admin/Users", true)]
    [InlineData(Roles.AssociationAdmin, "/MyCity", false)]
    public async Task Each_role_opens_only_its_own_pages(string role, string page, bool allowed)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var response = await client.GetAsync(page);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
            var denied = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains("No access to this page", await denied.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Staff_cannot_post_to_admin_pages()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(staff);

        // The token comes from a page the user may open; the admin handler must still refuse.
        var response = await client.SubmitFormAsync("/MyCity", new()
        {
            ["Input.Email"] = "sneaky-" + Guid.NewGuid().ToString("N")[..6] + "@example.org",
            ["Input.DisplayName"] = "Sneaky",
            ["Input.Role"] = Roles.AssociationAdmin,
            ["Input.Password"] = PortalApp.Password,
            ["Input.ConfirmPassword"] = PortalApp.Password,
        }, formSelector: "form[action='/Account/Logout']", action: "/Admin/Users/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }
}
