using System.Net;
using System.Text.Json;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Benchmarks;

/// <summary>
/// The real portal (Release build, all middleware, Kestrel on a loopback socket) in this process, configured like
/// production except that it migrates and seeds the demo data (demo accounts, action areas, 60 real cities) and logs
/// only warnings, so console output does not dominate the measurement.
/// </summary>
internal sealed class BenchmarkPortal(string connectionString) : WebApplicationFactory<Program>
{
    public const string EnvironmentName = "Benchmark";

    public string Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>
    /// For an admin (who must sign in with two factors): sets up an authenticator app as the two-factor page does and
    /// returns its key, from which the virtual users compute their codes. Null for other accounts.
    /// </summary>
    public async Task<string?> AuthenticatorKeyAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        if (!await users.IsInRoleAsync(user, Roles.AssociationAdmin))
        {
            return null;
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return await users.GetAuthenticatorKeyAsync(user);
    }

    /// <summary>
    /// The portal's project folder, from the manifest Microsoft.AspNetCore.Mvc.Testing writes next to this program.
    /// WebApplicationFactory looks for that manifest in the current directory only, which under 'dotnet run' is the
    /// repository, not the output folder.
    /// </summary>
    private static string WebProjectFolder()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var folders = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest)) ?? [];
        return folders.FirstOrDefault(f => f.Key.StartsWith(typeof(Program).Assembly.GetName().Name + ",", StringComparison.Ordinal)).Value
            ?? throw new InvalidOperationException($"{manifest} does not name the portal's project folder.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseContentRoot(WebProjectFolder());
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("DemoData:Seed", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every virtual user signs in through the real form; the per-address limit is for people, not for this.
        builder.UseSetting("RateLimiting:LoginAttemptsPerMinute", "1000");
    }
}
