using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account.Manage;

public sealed class EmailTests(PortalApp app)
{
    [Fact]
    public async Task New_email_address_counts_only_after_the_link_sent_to_it_is_confirmed()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(user);
        var newEmail = AccountSteps.NewEmail("moved");
        // The language switch also sets the language of the user's mails.
        await client.SubmitFormAsync("/Account/Manage", new() { ["culture"] = "de" }, "form.language-switch");

        await client.SubmitFormAsync("/Account/Manage/Email", new() { ["Input.NewEmail"] = newEmail, ["Input.CurrentPassword"] = PortalApp.Password });
        var mail = await app.Mailbox.WaitForMailAsync(newEmail);
        var link = TestMailbox.LinkIn(mail, "/Account/ConfirmEmailChange");
        var stillOld = await client.GetDocumentAsync("/Account/Manage");
        var confirmed = await (await client.SubmitFormAsync(link.PathAndQuery, [], "main form")).ToDocumentAsync();

        Assert.Equal("Bestätigen Sie Ihre neue E-Mail-Adresse für CityPartnerships", mail.Subject);
        Assert.Equal(user.Email, stillOld.QuerySelector("[data-testid=account-email]")?.TextContent);
        Assert.NotNull(confirmed.QuerySelector("[data-testid=email-confirmed]"));
        Assert.Equal(newEmail, (await client.GetDocumentAsync("/Account/Manage")).QuerySelector("[data-testid=account-email]")?.TextContent);
        Assert.Equal("/MyCity", (await PortalApp.SignInAsync(app.CreateClient(), newEmail, PortalApp.Password, null)).Headers.Location?.OriginalString);
        await app.Mailbox.WaitForMailAsync(user.Email, "Ihr CityPartnerships-Konto hat eine neue E-Mail-Adresse");
    }

    [Fact]
    public async Task Email_change_needs_the_current_password()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(user);
        var newEmail = AccountSteps.NewEmail("hijack");

        var page = await (await client.SubmitFormAsync("/Account/Manage/Email", new()
        {
            ["Input.NewEmail"] = newEmail,
            ["Input.CurrentPassword"] = "Not the current one 1",
        })).ToDocumentAsync();

        Assert.Contains("The current password is not correct.", page.QuerySelector("[data-valmsg-for='Input.CurrentPassword']")?.TextContent);
        Assert.Equal(newEmail, page.QuerySelector("#Input_NewEmail")?.GetAttribute("value"));
        Assert.Empty(app.Mailbox.Find(newEmail));
    }

    [Fact]
    public async Task A_confirmation_link_cut_short_says_so_at_once_instead_of_offering_a_button_that_cannot_work()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);

        var page = await app.CreateClient().GetDocumentAsync($"/Account/ConfirmEmailChange?user={user.Id}&email=someone%40example.org");

        Assert.NotNull(page.QuerySelector("[data-testid=link-invalid]"));
        Assert.Null(page.QuerySelector("main form"));
    }
}
