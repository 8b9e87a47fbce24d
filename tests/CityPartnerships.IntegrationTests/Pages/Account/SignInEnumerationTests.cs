using System.Diagnostics;
using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Account;

/// <summary>Whether an address has an account, or a locked one, shows neither in the answer nor in its time.</summary>
public sealed class SignInEnumerationTests(PortalApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Unknown_address_wrong_password_and_locked_account_get_the_same_answer()
    {
        var real = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var locked = await LockedUserAsync();

        var unknown = await AnswerAsync(app.CreateClient(), $"nobody-{Guid.NewGuid():N}@example.org", "Some-guess-of-a-password");
        var wrong = await AnswerAsync(app.CreateClient(), real.Email, "Some-guess-of-a-password");
        var lockedWrong = await AnswerAsync(app.CreateClient(), locked.Email, "Some-guess-of-a-password");
        var lockedRight = await AnswerAsync(app.CreateClient(), locked.Email, PortalApp.Password);

        Assert.Equal((HttpStatusCode.OK, "The e-mail address or password is not correct. After five failed attempts an account is locked for 15 minutes; an admin can also lock it."), unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedWrong);
        Assert.Equal(unknown, lockedRight);
    }

    [Fact]
    public async Task Unknown_and_locked_accounts_take_as_long_as_a_wrong_password()
    {
        // Production-strength hashing (Identity's default), so that the hash is what a probe would time.
        await using var portal = app.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = new PasswordHasherOptions().IterationCount)));
        var real = await CreateUserAsync(portal);
        var locked = await CreateUserAsync(portal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.MaxValue);
        }

        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        await TimeAsync(client, $"warm-up-{Guid.NewGuid():N}@example.org"); // the first request compiles and connects
        var unknownTimes = new List<double>();
        var wrongTimes = new List<double>();
        var lockedTimes = new List<double>();
        // Interleaved, so that load from other work on the machine falls on all three alike; four wrong passwords stay
        // below the lockout. The fastest of each shows what the work costs: load only ever adds to it.
        for (var round = 0; round < 4; round++)
        {
            unknownTimes.Add(await TimeAsync(client, $"nobody-{Guid.NewGuid():N}@example.org"));
            wrongTimes.Add(await TimeAsync(client, real.Email));
            lockedTimes.Add(await TimeAsync(client, locked.Email));
        }

        var (unknownMs, wrongMs, lockedMs) = (unknownTimes.Min(), wrongTimes.Min(), lockedTimes.Min());
        output.WriteLine($"fastest sign-in answer: unknown {unknownMs:F0} ms, wrong password {wrongMs:F0} ms, locked {lockedMs:F0} ms");
        // Before: ~60 ms against ~500 ms (a ratio of 0.12). The bounds leave room for a loaded machine.
        Assert.InRange(unknownMs / wrongMs, 0.5, 3.0);
        Assert.InRange(lockedMs / wrongMs, 0.5, 3.0);
    }

    private async Task<TestUser> LockedUserAsync()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.MaxValue);
        return user;
    }

    private static async Task<TestUser> CreateUserAsync(WebApplicationFactory<Program> portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Unique.Name("timing").ToLowerInvariant()}@example.org";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Timing", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalApp.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.AssociationAdmin);
        return new TestUser(user.Id, email, user.DisplayName, Roles.AssociationAdmin, null);
    }

    private static async Task<(HttpStatusCode, string?)> AnswerAsync(HttpClient client, string email, string password)
    {
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        var page = await response.ToDocumentAsync();
        return (response.StatusCode, page.QuerySelector("[data-testid=login-errors] li")?.TextContent.Trim());
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var form = await client.LoadFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-for-timing" });
        var watch = Stopwatch.StartNew();
        var response = await form.SubmitAsync();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }
}
