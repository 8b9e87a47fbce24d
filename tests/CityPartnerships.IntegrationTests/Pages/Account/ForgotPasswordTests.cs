using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account;

public sealed class ForgotPasswordTests(PortalApp app)
{
    [Fact]
    public async Task Forgotten_password_is_replaced_through_the_link_in_the_mail_and_the_link_works_once()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient("de");

        await client.SubmitFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = user.Email });
        var mail = await app.Mailbox.WaitForMailAsync(user.Email);
        var link = TestMailbox.LinkIn(mail, "/Account/ResetPassword");
        var reset = await AccountSteps.ChoosePasswordAsync(client, link, AccountSteps.GoodPassword);
        var again = await client.GetDocumentAsync(link.PathAndQuery);

        Assert.Equal("Neues Passwort für CityPartnerships wählen", mail.Subject);
        Assert.Equal("/Account/Login", reset.Headers.Location?.OriginalString);
        Assert.NotNull(again.QuerySelector("[data-testid=link-invalid]"));
        Assert.Equal(HttpStatusCode.OK, (await PortalApp.SignInAsync(app.CreateClient(), user.Email, PortalApp.Password, null)).StatusCode);
        Assert.Equal("/MyCity", (await PortalApp.SignInAsync(app.CreateClient(), user.Email, AccountSteps.GoodPassword, null)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_answer_does_not_reveal_whether_an_address_has_an_account()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var unknown = AccountSteps.NewEmail("nobody");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var invited = AccountSteps.NewEmail("invited");
        await app.InviteAsync(admin, invited);

        var answers = new List<string>();
        foreach (var email in new[] { user.Email, unknown, invited })
        {
            var response = await app.CreateClient().SubmitFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.ToDocumentAsync();
            answers.Add(Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " ").Replace(email, "ADDRESS", StringComparison.Ordinal));
        }

        Assert.Contains("If ADDRESS belongs to an account, a link to choose a new password is on its way.", answers[0]);
        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
        await app.Mailbox.WaitForMailAsync(user.Email, "new password");
        Assert.Empty(app.Mailbox.Find(unknown));
        Assert.Single(app.Mailbox.Find(invited));
    }
}
