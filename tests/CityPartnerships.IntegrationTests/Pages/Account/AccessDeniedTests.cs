using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account;

/// <summary>The "access denied" page tells a visitor to sign in, and a signed-in user that their role does not open the page.</summary>
public sealed class AccessDeniedTests(PortalApp app)
{
    [Fact]
    public async Task A_visitor_who_opens_it_directly_is_told_to_sign_in_not_that_they_are_signed_in()
    {
        var response = await app.CreateClient("de").GetAsync("/Account/AccessDenied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.StartsWith("Sie sind nicht angemeldet.", page.QuerySelector("[data-testid=access-denied-text]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href^='/Account/Login']"));
    }

    [Fact]
    public async Task A_signed_in_user_is_told_the_page_is_not_open_to_their_role()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, (await app.InsertCityAsync()).Id), "de");

        var page = await (await client.GetAsync("/Account/AccessDenied")).ToDocumentAsync();

        Assert.StartsWith("Sie sind angemeldet, aber", page.QuerySelector("[data-testid=access-denied-text]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main a[href^='/Account/Login']"));
    }
}
