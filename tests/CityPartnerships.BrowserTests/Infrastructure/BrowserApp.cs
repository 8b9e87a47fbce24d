using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(CityPartnerships.Tests.Infrastructure.BrowserApp))]

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// The portal on a real socket with the demo data, and one headless Debian Chromium driven by Playwright for all
/// browser tests. Screenshots go to tests/TestResults/screenshots.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string DemoPassword = Web.Data.DemoData.DemoDataSeeder.DemoPassword;

    public const string DemoAdminAuthenticatorKey = Web.Data.DemoData.DemoDataSeeder.DemoAdminAuthenticatorKey;

    private PostgresServer? _server;
    private TestMailbox? _mailbox;
    private DemoPortal? _portal;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = null!;

    /// <summary>The running portal's services (its route table, for one).</summary>
    public IServiceProvider Services => _portal!.Services;

    /// <summary>The SMTP server the portal sends its mail to.</summary>
    public TestMailbox Mailbox => _mailbox!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot, "tests", "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _mailbox = TestMailbox.Start();
        _portal = new DemoPortal(_server.ConnectionStringFor($"browser_{Guid.NewGuid():N}"), _mailbox.Settings());
        _portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _portal.StartServer();
        BaseUrl = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
        await WarmUpAsync();
    }

    // The first sign-in after the start compiles the sign-in, the start page and their queries and makes the data-protection
    // keys. Done here, with time to spare, rather than inside the first tests' 30-second waits: on a busy 2-core machine,
    // with every test class starting at once, a first sign-in overran them (CI of 2026-12-04).
    private async Task WarmUpAsync()
    {
        var page = await NewPageAsync();
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        await SignInAsync(page, "leipzig.staff@example.org");
        await page.Context.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_mailbox is not null)
        {
            await _mailbox.DisposeAsync();
        }
    }

    /// <summary>Adds a city to the portal's register, as the gazetteer or an admin would.</summary>
    public async Task<int> InsertCityAsync(Domain.Cities.City city)
    {
        await using var scope = _portal!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        db.Cities.Add(city);
        await db.SaveChangesAsync();
        return city.Id;
    }

    /// <summary>A fresh browser profile (no cookies) with the given browser language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", bool bypassContentSecurityPolicy = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 900 },
            BypassCSP = bypassContentSecurityPolicy,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Reads the portal's database, to compare what a page shows with what is stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<Web.Data.AppDbContext, Task<T>> action)
    {
        await using var scope = _portal!.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>());
    }

    /// <summary>Signs in with the password and, when asked (the demo admin), the code an authenticator app would show.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = DemoPassword, string? authenticatorKey = DemoAdminAuthenticatorKey)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("main button[type=submit]").ClickAsync();
        await LeftAsync(page, "/Account/Login");
        if (authenticatorKey is not null && new Uri(page.Url).AbsolutePath == "/Account/LoginWithTwoFactor")
        {
            await page.Locator("#Input_Code").FillAsync(Totp.Code(authenticatorKey));
            await page.Locator("main button[type=submit]").ClickAsync();
            await LeftAsync(page, "/Account/LoginWithTwoFactor");
        }
    }

    // Waits until the browser has loaded the page the form led to (not a fixed idle time: signing in is in most tests).
    private static Task LeftAsync(IPage page, string path) =>
        page.WaitForURLAsync(url => !string.Equals(new Uri(url).AbsolutePath, path, StringComparison.OrdinalIgnoreCase));

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CityPartnerships.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CityPartnerships.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class DemoPortal(string connectionString, Dictionary<string, string> mailSettings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("DemoData:Seed", "true");
            builder.UseSetting("RateLimiting:LoginAttemptsPerMinute", "1000");
            // No daily reminder mails to the demo staff in the middle of tests that read the mailbox.
            builder.UseSetting("Reminders:Enabled", "false");
            foreach (var (key, value) in mailSettings)
            {
                builder.UseSetting(key, value);
            }

            // As in the integration tests: cheap password hashes, so signing in and seeding the demo users stay fast.
            builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000));
        }
    }
}
