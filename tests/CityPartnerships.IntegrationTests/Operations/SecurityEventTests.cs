using System.Collections.Concurrent;
using System.Globalization;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CityPartnerships.Tests.Operations;

public sealed class SecurityEventTests(PortalApp app)
{
    [Fact]
    public async Task Account_lifecycle_is_recorded_as_security_events_without_passwords_or_tokens()
    {
        var sink = new CollectingSink();
        await using var portal = app.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = portal.CreateClient(new() { AllowAutoRedirect = false });
        await PortalApp.SignInAsync(admin, adminUser.Email, PortalApp.Password, adminUser.AuthenticatorKey);
        var email = AccountSteps.NewEmail("events");
        var city = await app.InsertCityAsync();
        await admin.SubmitFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Eve Events",
            ["Input.Role"] = Roles.InternationalAffairsStaff,
            ["Input.CityId"] = city.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Language"] = "en",
        });
        var link = TestMailbox.LinkIn(await app.Mailbox.WaitForMailAsync(email), "/Account/AcceptInvitation");
        var user = portal.CreateClient(new() { AllowAutoRedirect = false });
        await AccountSteps.ChoosePasswordAsync(user, link, AccountSteps.GoodPassword);
        await PortalApp.SignInAsync(user, email, AccountSteps.GoodPassword, null);
        var setup = await user.GetDocumentAsync("/Account/Manage/TwoFactor");
        var key = setup.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        await user.SubmitFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = Totp.Code(key) });
        const string Canary = "Canary finch sings 9931";
        await user.SubmitFormAsync("/Account/Manage/Password", new()
        {
            ["Input.CurrentPassword"] = AccountSteps.GoodPassword,
            ["Input.NewPassword"] = Canary,
            ["Input.ConfirmPassword"] = Canary,
        });
        var userId = System.Web.HttpUtility.ParseQueryString(link.Query)["user"];
        await admin.SubmitFormAsync($"/Admin/Users/Edit/{userId}", new()
        {
            ["Input.DisplayName"] = "Eve Events",
            ["Input.Role"] = Roles.MayorsOffice,
            ["Input.CityId"] = city.Id.ToString(CultureInfo.InvariantCulture),
        });

        var events = sink.Events.Where(e => e.Properties.ContainsKey("SecurityEvent")).ToList();
        var forUser = events.Where(e => e.Properties["UserId"].ToString() == $"\"{userId}\"")
            .Select(e => e.Properties["SecurityEvent"].ToString()).ToList();
        Assert.Equal(["InvitationSent", "InvitationAccepted", "SignInSucceeded", "TwoFactorEnabled", "PasswordChanged", "RoleChanged"], forUser);
        var log = string.Join('\n', sink.Events.Select(e => e.RenderMessage(CultureInfo.InvariantCulture) + " " + string.Join(' ', e.Properties.Values)));
        Assert.DoesNotContain(Canary, log);
        Assert.DoesNotContain(AccountSteps.GoodPassword, log);
        Assert.DoesNotContain(System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!, log);
        Assert.DoesNotContain(key, log);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
