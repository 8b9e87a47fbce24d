using System.Collections.Concurrent;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace CityPartnerships.Tests.Operations;

public sealed class LoggingTests(PortalApp app)
{
    [Fact]
    public async Task Sign_in_is_logged_without_the_password_or_the_cookie()
    {
        var sink = new CollectingSink();
        await using var portal = app.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var user = await app.CreateUserAsync(Web.Authorization.Roles.InternationalAffairsStaff);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var wrong = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "Wrong-Secret-Word-4711" });
        var right = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        var cookie = right.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("CityPartnerships.Auth=", StringComparison.Ordinal)).Split(';')[0];
        await client.GetAsync("/MyCity");

        var log = string.Join('\n', sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(' ', e.Properties.Values)));
        Assert.Contains("Security event SignInSucceeded", log);
        Assert.Contains("/Account/Login", log);
        Assert.DoesNotContain("Wrong-Secret-Word-4711", log);
        Assert.DoesNotContain(PortalApp.Password, log);
        Assert.DoesNotContain(cookie.Split('=', 2)[1][..40], log);
        Assert.Equal(System.Net.HttpStatusCode.OK, wrong.StatusCode);
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
