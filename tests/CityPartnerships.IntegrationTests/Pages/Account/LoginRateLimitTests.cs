using System.Net;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Pages.Account;

public sealed class LoginRateLimitTests(PortalApp app)
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_friendly_slow_down_page()
    {
        await using var limited = new PortalFactory(app.ConnectionString,
            new Dictionary<string, string> { ["RateLimiting:LoginAttemptsPerMinute"] = "3" });
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        var attempt = new Dictionary<string, string> { ["Input.Email"] = "someone@example.org", ["Input.Password"] = "wrong-password-here" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitFormAsync("/Account/Login", attempt)).StatusCode);
        }

        var refused = await client.SubmitFormAsync("/Account/Login", attempt);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Please slow down", page.QuerySelector("h1")?.TextContent);
        // Reading the sign-in page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }
}
