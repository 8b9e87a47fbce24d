using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Operations;

public sealed class SecurityEventsTests(PortalApp app)
{
    [Fact]
    public async Task Failed_sign_ins_and_the_lockout_are_recorded_with_the_account_and_the_client_address()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = $"wrong-password-{attempt}" });
        }

        var stored = await EventsOfAsync(user.Id);
        // The fifth wrong password locks the account (and is answered as a lockout); the sixth attempt finds it locked.
        Assert.Equal([SecurityEventType.LockedOut, SecurityEventType.LockedOut, .. Enumerable.Repeat(SecurityEventType.SignInFailed, 4)], stored.Select(e => e.Type));
        Assert.All(stored, e => Assert.Equal("127.0.0.1", e.ClientAddress));
        Assert.All(stored, e => Assert.False(string.IsNullOrEmpty(e.CorrelationId)));
        Assert.Equal(6, stored.Select(e => e.CorrelationId).Distinct().Count());
    }

    [Fact]
    public async Task Admins_see_a_users_recent_security_events_on_the_users_page_in_both_languages()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "not-the-right-one" });
        var signedIn = await app.SignedInClientAsync(user);
        await signedIn.GetAsync("/Admin");
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);

        var english = await (await app.SignedInClientAsync(adminUser, "en")).GetDocumentAsync($"/Admin/Users/Edit/{user.Id}");
        var german = await (await app.SignedInClientAsync(adminUser, "de")).GetDocumentAsync($"/Admin/Users/Edit/{user.Id}");

        var entries = Lines(english);
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("Access refused", entries[0]);
        Assert.StartsWith("Signed in", entries[1]);
        Assert.StartsWith("Sign-in failed", entries[2]);
        Assert.Contains("from 127.0.0.1", entries[2]);
        Assert.StartsWith("Zugriff verweigert", Lines(german)[0]);
        var fresh = await app.CreateUserAsync(Roles.MayorsOffice);
        var empty = await (await app.SignedInClientAsync(adminUser)).GetDocumentAsync($"/Admin/Users/Edit/{fresh.Id}");
        Assert.Contains("No security events recorded for this account yet.", empty.QuerySelector("#security-events-heading")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Asking_for_another_citys_internal_partnership_is_a_security_event_an_unknown_id_is_not()
    {
        var (ownCity, otherCity, thirdCity) = (await app.InsertCityAsync(), await app.InsertCityAsync(), await app.InsertCityAsync());
        var hidden = await app.InsertPartnershipAsync(otherCity.Id, thirdCity.Id, isInternal: true);
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, ownCity.Id);
        var client = await app.SignedInClientAsync(user);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Partnerships/Details/{hidden.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Partnerships/{hidden.Id}/Activities/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Partnerships/Details/2147483000")).StatusCode);

        var denials = (await EventsOfAsync(user.Id)).Where(e => e.Type == SecurityEventType.AccessDenied).ToList();
        Assert.Equal(2, denials.Count);
        Assert.Contains(app.Factory.Logs.Events, e => e.RenderMessage(null).Contains($"404 internal partnership {hidden.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_admin_page_is_a_security_event()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(user);

        var response = await client.GetAsync("/Admin/Users");

        Assert.Equal("/Account/AccessDenied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal([SecurityEventType.AccessDenied, SecurityEventType.SignInSucceeded], (await EventsOfAsync(user.Id)).Select(e => e.Type));
    }

    private Task<List<SecurityEventEntry>> EventsOfAsync(string userId) =>
        app.WithDbAsync(db => db.SecurityEvents.AsNoTracking().Where(e => e.UserId == userId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync());

    private static List<string> Lines(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-testid=security-events] > li").Select(li => Regex.Replace(li.TextContent, @"\s+", " ").Trim()).ToList();
}
