using System.Net;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Operations;

public sealed class HealthTests(PortalApp app)
{
    [Fact]
    public async Task Liveness_answers_healthy()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_checks_the_database()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database_so_sign_ins_survive_restarts()
    {
        var user = await app.CreateUserAsync(Web.Authorization.Roles.MayorsOffice);
        var response = await app.CreateClient().SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = PortalApp.Password,
        });
        var authCookie = response.Headers.GetValues("Set-Cookie")
            .First(c => c.StartsWith("CityPartnerships.Auth=", StringComparison.Ordinal))
            .Split(';')[0];

        // A second instance (or the same one after a restart) reads the keys from the database and accepts the cookie.
        await using var secondInstance = new PortalFactory(app.ConnectionString);
        var other = secondInstance.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        request.Headers.Add("Cookie", authCookie);

        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(request)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
