using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>The real portal (Program.cs) on a test database, in a non-development environment like production.</summary>
public sealed class PortalFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>What the portal logged, for tests that prove what never reaches the logs.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("DemoData:Seed", "false");
        // The daily reminder would mail the staff of whichever test city has an activity next week; the tests that
        // are about it turn it on.
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("RateLimiting:LoginAttemptsPerMinute", "1000");
        builder.UseSetting("RateLimiting:AnonymousFormsPerHour", "1000");
        // Tests sign in hundreds of times: a thousand PBKDF2 rounds instead of the production default (100,000) keep
        // hashing from dominating the run. A hash carries its round count, so it is still checked the real way.
        builder.ConfigureServices(services =>
        {
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IStartupFilter, LoopbackPeer>();
        });
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>The test server leaves the client address empty; a real one always has it (security events record it).</summary>
internal sealed class LoopbackPeer : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
