using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Operations;

public sealed class LoggingTests(PortalApp app)
{
    [Fact]
    public async Task No_password_token_or_cookie_reaches_the_logs_or_the_security_events()
    {
        var canary = $"Canary-{Guid.NewGuid():N}";
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient();

        var form = await client.LoadFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = canary });
        var antiforgeryToken = form.Values.Single(v => v.Key == "__RequestVerificationToken").Value;
        await form.SubmitAsync();
        await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = $"nobody-{Guid.NewGuid():N}@example.org", ["Input.Password"] = canary });
        var right = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        var cookie = AuthCookie.From(right).Split('=', 2)[1];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/MyCity")).StatusCode);
        var stamp = await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync());
        await client.SubmitFormAsync("/MyCity", [], formSelector: "form[action='/Account/Logout']");

        var log = app.Factory.Logs.Text();
        Assert.Contains($"SignInFailed for user \"{user.Id}\"", log);
        Assert.Contains($"SignInSucceeded for user \"{user.Id}\"", log);
        Assert.Contains("/Account/Login", log);
        Assert.DoesNotContain(canary, log);
        Assert.DoesNotContain(PortalApp.Password, log);
        Assert.DoesNotContain(cookie[..40], log);
        Assert.DoesNotContain(antiforgeryToken[..40], log);
        Assert.DoesNotContain(stamp!, log);
        var stored = await app.WithDbAsync(db => db.SecurityEvents.Where(e => e.UserId == user.Id).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.DoesNotContain(stored, e => $"{e.UserId} {e.ClientAddress} {e.CorrelationId}".Contains(canary, StringComparison.Ordinal));
    }
}
