using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account;

public sealed class LoginTests(PortalApp app)
{
    [Theory]
    [InlineData(Roles.AssociationAdmin, "/Admin")]
    [InlineData(Roles.InternationalAffairsStaff, "/MyCity")]
    [InlineData(Roles.MayorsOffice, "/Dashboard")]
    public async Task Each_role_lands_on_its_own_start_page(string role, string startPage)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();

        var response = await PortalApp.SignInAsync(client, user.Email, PortalApp.Password, user.AuthenticatorKey);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(startPage, response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync(startPage);
        Assert.Contains(user.DisplayName, page.QuerySelector("[data-testid=signed-in-user]")?.TextContent);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_the_user_asked_for()
    {
        var user = await app.CreateUserAsync(Roles.AssociationAdmin);
        var client = app.CreateClient();

        var response = await PortalApp.SignInAsync(client, user.Email, PortalApp.Password, user.AuthenticatorKey, "/Account/Login?ReturnUrl=%2FAdmin%2FUsers");

        Assert.Equal("/Admin/Users", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        var user = await app.CreateUserAsync(Roles.AssociationAdmin);
        var client = app.CreateClient();

        var response = await PortalApp.SignInAsync(client, user.Email, PortalApp.Password, user.AuthenticatorKey, "/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/Admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_keeps_the_email()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient();

        var response = await client.SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = "not-the-password-at-all",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("The e-mail address or password is not correct.", page.QuerySelector("[data-testid=login-errors]")?.TextContent);
        Assert.Equal(user.Email, page.QuerySelector("#Input_Email")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Input_Password")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/MyCity")).StatusCode);
    }

    [Fact]
    public async Task Unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        var client = app.CreateClient();

        var response = await client.SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = "nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.org",
            ["Input.Password"] = "whatever-password-1",
        });

        var page = await response.ToDocumentAsync();
        Assert.Contains("The e-mail address or password is not correct.", page.QuerySelector("[data-testid=login-errors]")?.TextContent);
    }

    [Fact]
    public async Task Empty_form_shows_required_field_messages()
    {
        var client = app.CreateClient();

        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("E-mail address is required.", page.Body!.TextContent);
        Assert.Contains("Password is required.", page.Body!.TextContent);
    }

    [Fact]
    public async Task Account_is_locked_after_five_failed_attempts_even_for_the_right_password()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitFormAsync("/Account/Login", new()
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = $"wrong-password-{attempt}",
            });
        }

        var response = await client.SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = PortalApp.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        // The same answer as for a wrong password: only the owner's e-mail would say more (see SignInEnumerationTests).
        Assert.Contains("The e-mail address or password is not correct.", page.QuerySelector("[data-testid=login-errors]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/MyCity")).StatusCode);
    }

    [Fact]
    public async Task Four_failed_attempts_do_not_lock_the_account()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = app.CreateClient();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await client.SubmitFormAsync("/Account/Login", new()
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = $"wrong-password-{attempt}",
            });
        }

        var response = await client.SubmitFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = PortalApp.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Posting_the_form_without_the_antiforgery_token_is_refused()
    {
        var user = await app.CreateUserAsync(Roles.AssociationAdmin);
        var client = app.CreateClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = PortalApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var user = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Dashboard")).StatusCode);

        var response = await client.SubmitFormAsync("/Dashboard", [], formSelector: "form[action='/Account/Logout']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains("You have been signed out.", home.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Dashboard")).StatusCode);
    }
}
