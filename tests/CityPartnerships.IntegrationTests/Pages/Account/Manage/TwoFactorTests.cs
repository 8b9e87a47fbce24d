using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Account.Manage;

public sealed class TwoFactorTests(PortalApp app)
{
    [Fact]
    public async Task Admin_without_two_factor_is_sent_to_set_it_up_and_gets_in_after_proving_the_app_works()
    {
        var admin = await app.CreateUserAsync(Roles.AssociationAdmin, twoFactor: false);
        var client = app.CreateClient();
        await PortalApp.SignInAsync(client, admin.Email, PortalApp.Password, null);

        var refused = await client.GetAsync("/Admin/Users");
        var setup = await client.GetDocumentAsync("/Account/Manage/TwoFactor");
        var key = setup.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var wrong = await (await client.SubmitFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = "000000" })).ToDocumentAsync();
        var enabled = await (await client.SubmitFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = Totp.Code(key) })).ToDocumentAsync();

        Assert.Equal("/Account/Manage/TwoFactor", refused.Headers.Location?.OriginalString);
        Assert.NotNull(setup.QuerySelector("[data-testid=two-factor-required]"));
        Assert.NotNull(setup.QuerySelector("[data-testid=qr-code] svg"));
        Assert.Contains("This code is not correct.", wrong.QuerySelector("[data-valmsg-for='Input.Code']")?.TextContent);
        Assert.Equal(10, enabled.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    public async Task Admin_sign_in_asks_for_the_code_after_the_password()
    {
        var admin = await app.CreateUserAsync(Roles.AssociationAdmin);
        var client = app.CreateClient();

        var password = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = admin.Email, ["Input.Password"] = PortalApp.Password });
        var beforeCode = await client.GetAsync("/Admin");
        var wrongCode = await (await client.SubmitFormAsync(password.Headers.Location!.OriginalString, new() { ["Input.Code"] = "123456" })).ToDocumentAsync();
        var rightCode = await client.SubmitFormAsync(password.Headers.Location!.OriginalString, new() { ["Input.Code"] = Totp.Code(admin.AuthenticatorKey!) });

        Assert.StartsWith("/Account/LoginWithTwoFactor", password.Headers.Location?.OriginalString);
        Assert.StartsWith("/Account/Login?ReturnUrl=", beforeCode.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Contains("This code is not correct.", wrongCode.QuerySelector("[data-valmsg-for='Input.Code']")?.TextContent);
        Assert.Equal("/Admin", rightCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task The_code_page_without_the_password_step_sends_back_to_sign_in()
    {
        var response = await app.CreateClient().GetAsync("/Account/LoginWithTwoFactor");

        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, twoFactor: true);
        var client = await app.SignedInClientAsync(staff);
        var codes = (await (await client.SubmitFormAsync("/Account/Manage/TwoFactor", [], "form[action$='handler=RecoveryCodes']")).ToDocumentAsync())
            .QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();

        var first = app.CreateClient();
        var firstPassword = await first.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = staff.Email, ["Input.Password"] = PortalApp.Password });
        var firstCode = await first.SubmitFormAsync(firstPassword.Headers.Location!.OriginalString, new() { ["Input.Code"] = codes[0] });
        var second = app.CreateClient();
        var secondPassword = await second.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = staff.Email, ["Input.Password"] = PortalApp.Password });
        var secondCode = await second.SubmitFormAsync(secondPassword.Headers.Location!.OriginalString, new() { ["Input.Code"] = codes[0] });

        Assert.Equal(10, codes.Count);
        Assert.Equal("/MyCity", firstCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, secondCode.StatusCode);
    }

    [Fact]
    public async Task Staff_may_turn_two_factor_off_but_admins_may_not()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, twoFactor: true);
        var admin = await app.CreateUserAsync(Roles.AssociationAdmin);
        var staffClient = await app.SignedInClientAsync(staff);
        var adminClient = await app.SignedInClientAsync(admin);

        var staffPage = await staffClient.GetDocumentAsync("/Account/Manage/TwoFactor");
        var adminPage = await adminClient.GetDocumentAsync("/Account/Manage/TwoFactor");
        await staffClient.SubmitFormAsync("/Account/Manage/TwoFactor", [], "form[action$='handler=Disable']");
        var forced = await adminClient.SubmitFormAsync("/Account/Manage/TwoFactor", [], "form[action$='handler=RecoveryCodes']",
            action: "/Account/Manage/TwoFactor?handler=Disable");

        Assert.NotNull(staffPage.QuerySelector("form[action$='handler=Disable']"));
        Assert.Null(adminPage.QuerySelector("form[action$='handler=Disable']"));
        Assert.Equal("/MyCity", (await PortalApp.SignInAsync(app.CreateClient(), staff.Email, PortalApp.Password, null)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.StartsWith("/Account/LoginWithTwoFactor",
            (await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = admin.Email, ["Input.Password"] = PortalApp.Password })).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Opening_the_set_up_page_keeps_the_user_signed_in_on_other_devices_and_shows_the_same_key_again()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, twoFactor: false);
        var laptop = await app.SignedInClientAsync(staff);
        var phone = await app.SignedInClientAsync(staff);

        var firstKey = (await phone.GetDocumentAsync("/Account/Manage/TwoFactor")).QuerySelector("[data-testid=shared-key]")?.TextContent;
        var secondKey = (await phone.GetDocumentAsync("/Account/Manage/TwoFactor")).QuerySelector("[data-testid=shared-key]")?.TextContent;
        var laptopAfter = await laptop.GetAsync("/MyCity");

        Assert.False(string.IsNullOrWhiteSpace(firstKey));
        Assert.Equal(firstKey, secondKey);
        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
    }
}
