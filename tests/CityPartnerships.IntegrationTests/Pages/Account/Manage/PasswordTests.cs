using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account.Manage;

public sealed class PasswordTests(PortalApp app)
{
    [Theory]
    [InlineData("Password1234!")]
    [InlineData("passwordpassword")]
    [InlineData("123456789012")]
    [InlineData("qwertzuiopasdf")]
    public async Task Common_and_guessable_passwords_are_refused(string password)
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(user);

        var page = await (await ChangeAsync(client, PortalApp.Password, password)).ToDocumentAsync();

        Assert.Contains("This password is too easy to guess", page.QuerySelector("[data-valmsg-for='Input.NewPassword']")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalApp.SignInAsync(app.CreateClient(), user.Email, PortalApp.Password, null)).StatusCode);
    }

    [Fact]
    public async Task A_password_with_the_users_email_or_the_portals_name_is_refused()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(user, "de");
        var localPart = user.Email.Split('@')[0];

        var withEmail = await (await ChangeAsync(client, PortalApp.Password, $"Violet {user.Email} harbour")).ToDocumentAsync();
        var withLocalPart = await (await ChangeAsync(client, PortalApp.Password, $"{localPart.ToUpperInvariant()} lantern 4711")).ToDocumentAsync();
        var withPortalName = await (await ChangeAsync(client, PortalApp.Password, "City-Partnerships violet harbour")).ToDocumentAsync();

        Assert.Contains("Das Passwort darf Ihre E-Mail-Adresse", withEmail.QuerySelector("[data-valmsg-for='Input.NewPassword']")?.TextContent);
        Assert.Contains("Das Passwort darf Ihre E-Mail-Adresse", withLocalPart.QuerySelector("[data-valmsg-for='Input.NewPassword']")?.TextContent);
        Assert.Contains("Das Passwort darf den Namen des Portals nicht enthalten.", withPortalName.QuerySelector("[data-valmsg-for='Input.NewPassword']")?.TextContent);
    }

    [Fact]
    public async Task Password_change_needs_the_current_password_and_then_the_new_one_signs_in()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(user);

        var wrongCurrent = await (await ChangeAsync(client, "Not the current one 1", AccountSteps.GoodPassword)).ToDocumentAsync();
        var changed = await ChangeAsync(client, PortalApp.Password, AccountSteps.GoodPassword);

        Assert.Contains("The current password is not correct.", wrongCurrent.QuerySelector("[data-valmsg-for='Input.CurrentPassword']")?.TextContent);
        Assert.Equal("/Account/Manage", changed.Headers.Location?.OriginalString);
        Assert.Contains("Your password has been changed.", (await client.GetDocumentAsync("/Account/Manage")).QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await PortalApp.SignInAsync(app.CreateClient(), user.Email, PortalApp.Password, null)).StatusCode);
        Assert.Equal("/Dashboard", (await PortalApp.SignInAsync(app.CreateClient(), user.Email, AccountSteps.GoodPassword, null)).Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string password) =>
        client.SubmitFormAsync("/Account/Manage/Password", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}
