using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>The real portal (Program.cs) on a test database, in a non-development environment like production.</summary>
public sealed class PortalFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("DemoData:Seed", "false");
        builder.UseSetting("RateLimiting:LoginAttemptsPerMinute", "1000");
        // Tests sign in hundreds of times: a thousand PBKDF2 rounds instead of the production default (100,000) keep
        // hashing from dominating the run. A hash carries its round count, so it is still checked the real way.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
