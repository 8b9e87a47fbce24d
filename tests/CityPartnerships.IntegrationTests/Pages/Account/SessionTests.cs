using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Account;

public sealed class SessionTests(PortalApp app)
{
    [Fact]
    public async Task A_copied_cookie_is_refused_after_the_user_signs_out()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var (browser, cookie) = await SignInAsync(user);
        var thief = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await AuthCookie.ReplayAsync(thief, "/MyCity", cookie)).StatusCode);

        var signOut = await browser.SubmitFormAsync("/MyCity", [], formSelector: "form[action='/Account/Logout']");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var replayed = await AuthCookie.ReplayAsync(thief, "/MyCity", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task Signing_out_ends_the_users_sessions_on_other_devices_too()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var (laptop, _) = await SignInAsync(user);
        var (phone, _) = await SignInAsync(user);

        await laptop.SubmitFormAsync("/Dashboard", [], formSelector: "form[action='/Account/Logout']");

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/Dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_is_refused_once_an_admin_locks_the_user()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var (_, cookie) = await SignInAsync(user);
        var thief = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await AuthCookie.ReplayAsync(thief, "/MyCity", cookie)).StatusCode);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        await admin.SubmitFormAsync($"/Admin/Users/Edit/{user.Id}", [], formSelector: "form[action$='handler=Lock']");

        var replayed = await AuthCookie.ReplayAsync(thief, "/MyCity", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/Account/Login", replayed.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_busy_session_still_ends_twelve_hours_after_sign_in()
    {
        var clock = new AdjustableClock();
        await using var portal = app.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });

        // Active every five hours: never idle for the eight hours that end a session by itself.
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode);
        clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode);
        clock.Advance(TimeSpan.FromHours(2.5));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Dashboard")).StatusCode);
    }

    private async Task<(HttpClient Client, string Cookie)> SignInAsync(TestUser user)
    {
        var client = app.CreateClient();
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, AuthCookie.From(response));
    }

    private sealed class AdjustableClock : TimeProvider
    {
        private TimeSpan _offset;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

        public void Advance(TimeSpan by) => _offset += by;
    }
}
