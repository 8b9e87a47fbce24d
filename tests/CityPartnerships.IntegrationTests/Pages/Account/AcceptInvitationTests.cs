using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Features.Accounts;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Account;

public sealed class AcceptInvitationTests(PortalApp app)
{
    [Fact]
    public async Task Invitation_mail_arrives_through_smtp_in_the_chosen_language_as_plain_text_and_html()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = AccountSteps.NewEmail("de");

        await app.InviteAsync(admin, email, Roles.MayorsOffice, language: "de");

        var mail = await app.Mailbox.WaitForMailAsync(email);
        Assert.Equal("Ihre Einladung zu CityPartnerships", mail.Subject);
        Assert.Equal("de", mail.Body!.Headers["Content-Language"]);
        Assert.Equal("portal@citypartnerships.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Guten Tag Invited Person,", mail.TextBody);
        Assert.Contains("Der Link funktioniert einmal und ist 7 Tage gültig.", mail.TextBody);
        var link = TestMailbox.LinkIn(mail, "/Account/AcceptInvitation");
        Assert.Contains($"<a href=\"{link.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\"", mail.HtmlBody);
        Assert.Contains("<html lang=\"de\">", mail.HtmlBody);
    }

    [Fact]
    public async Task Invitation_link_works_once()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = AccountSteps.NewEmail();
        var link = await app.InviteAsync(admin, email);
        var client = app.CreateClient();

        var first = await AccountSteps.ChoosePasswordAsync(client, link, AccountSteps.GoodPassword);
        var again = await client.GetDocumentAsync(link.PathAndQuery);
        var replay = await client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NewPassword"] = "Another fine choice 4711",
            ["Input.ConfirmPassword"] = "Another fine choice 4711",
            ["__RequestVerificationToken"] = (await client.GetDocumentAsync("/Account/ForgotPassword"))
                .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("no longer valid", again.QuerySelector("[data-testid=link-invalid]")?.TextContent);
        Assert.Contains("no longer valid", (await replay.ToDocumentAsync()).QuerySelector("[data-testid=link-invalid]")?.TextContent);
        var signIn = await PortalApp.SignInAsync(app.CreateClient(), email, AccountSteps.GoodPassword, null);
        Assert.Equal("/MyCity", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Invitation_link_expires()
    {
        var settings = app.Mailbox.Settings();
        settings["Accounts:InvitationValidFor"] = "00:00:03";
        settings["Mail:PortalUrl"] = "http://localhost/";
        await using var shortLived = new PortalFactory(app.ConnectionString, settings);
        var email = AccountSteps.NewEmail("expiring");
        await using (var scope = shortLived.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Late Person", CreatedAt = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True(await scope.ServiceProvider.GetRequiredService<Invitations>().SendAsync(user, "Anna Admin", CancellationToken.None));
        }

        var link = TestMailbox.LinkIn(await app.Mailbox.WaitForMailAsync(email), "/Account/AcceptInvitation");
        var client = shortLived.CreateClient(new() { AllowAutoRedirect = false });
        var fresh = await client.GetDocumentAsync(link.PathAndQuery);
        await Task.Delay(TimeSpan.FromSeconds(4));
        var stale = await client.GetDocumentAsync(link.PathAndQuery);

        Assert.Null(fresh.QuerySelector("[data-testid=link-invalid]"));
        Assert.NotNull(fresh.QuerySelector("#Input_NewPassword"));
        Assert.Contains("no longer valid", stale.QuerySelector("[data-testid=link-invalid]")?.TextContent);
        Assert.Null(stale.QuerySelector("#Input_NewPassword"));
    }

    [Fact]
    public async Task Sending_the_invitation_again_retires_the_earlier_link()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = AccountSteps.NewEmail();
        var firstLink = await app.InviteAsync(admin, email);
        var userId = System.Web.HttpUtility.ParseQueryString(firstLink.Query)["user"];

        await admin.SubmitFormAsync($"/Admin/Users/Edit/{userId}", [], formSelector: "form[action$='handler=Invite']");
        var secondLink = await AccountSteps.LatestLinkAsync(app, email, "/Account/AcceptInvitation", 1);

        var client = app.CreateClient();
        Assert.NotNull((await client.GetDocumentAsync(firstLink.PathAndQuery)).QuerySelector("[data-testid=link-invalid]"));
        Assert.Equal(HttpStatusCode.Redirect, (await AccountSteps.ChoosePasswordAsync(client, secondLink, AccountSteps.GoodPassword)).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_the_link_stays_usable()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var email = AccountSteps.NewEmail();
        var link = await app.InviteAsync(admin, email);
        var client = app.CreateClient();

        var weak = await (await AccountSteps.ChoosePasswordAsync(client, link, "Password1234!")).ToDocumentAsync();
        var good = await AccountSteps.ChoosePasswordAsync(client, link, AccountSteps.GoodPassword);

        Assert.Contains("too easy to guess", weak.QuerySelector("[data-valmsg-for='Input.NewPassword']")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }
}
