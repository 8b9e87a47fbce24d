using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(CityPartnerships.Tests.Infrastructure.PortalApp))]

namespace CityPartnerships.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server, one migrated database and one running portal for the whole test assembly. Tests create
/// the rows they need with unique names and never rely on each other's data.
/// </summary>
public sealed class PortalApp : IAsyncLifetime
{
    public const string Password = "A-long-test-password-2026";

    public PostgresServer Server { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public PortalFactory Factory { get; private set; } = null!;

    /// <summary>The SMTP server the portal sends its mail to.</summary>
    public TestMailbox Mailbox { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await PostgresServer.StartAsync();
        Mailbox = TestMailbox.Start();
        ConnectionString = await TestDatabase.CreateAsync(Server, "portal");
        Factory = new PortalFactory(ConnectionString, Mailbox.Settings());
        _ = Factory.Server; // starts the app, which seeds roles and action areas
    }

    public async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Mailbox is not null)
        {
            await Mailbox.DisposeAsync();
        }
    }

    public HttpClient CreateClient(string? language = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<City> InsertCityAsync(string? name = null, bool member = true, string country = "DE") =>
        WithDbAsync(async db =>
        {
            var city = new City(name ?? Unique.Name("City"), country, "Test region", 51.2, 6.8, 500_000, member);
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });

    /// <summary>
    /// A city with a name the portal's rules refuse today ("=HYPERLINK(…)"), as an old record or a bulk-loaded
    /// gazetteer may still hold: written past the domain, straight into the table.
    /// </summary>
    public async Task<City> InsertCityNamedPastTheRulesAsync(string name)
    {
        var city = await InsertCityAsync();
        await WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Cities" SET "Name" = {name} WHERE "Id" = {city.Id}"""));
        return await WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Id == city.Id));
    }

    public Task<Partnership> InsertPartnershipAsync(int cityId, int partnerCityId,
        PartnershipKind kind = PartnershipKind.Twinning, PartnershipStatus status = PartnershipStatus.Active,
        bool isInternal = false, string? description = null, DateOnly? startedOn = null, params string[] areas) =>
        WithDbAsync(async db =>
        {
            var partnership = new Partnership(cityId, partnerCityId, kind, status, startedOn,
                status == PartnershipStatus.Ended ? new DateOnly(2020, 1, 1) : null, description, DateTime.UtcNow);
            partnership.MarkInternal(isInternal);
            partnership.SetActionAreas(db.ActionAreas.Where(a => areas.Contains(a.Name)).ToList());
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            return partnership;
        });

    /// <summary>
    /// A user with a unique e-mail address and <see cref="Password"/>; city users get a new city unless one is given.
    /// Admins have an authenticator app set up, as the portal requires of them; others only when asked.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(string role, int? cityId = null, bool? twoFactor = null)
    {
        if (Roles.BelongsToCity(role) && cityId is null)
        {
            cityId = (await InsertCityAsync()).Id;
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Unique.Name(role).ToLowerInvariant()}@example.org";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Unique.Name("Person"),
            CityId = Roles.BelongsToCity(role) ? cityId : null,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        var key = twoFactor ?? role == Roles.AssociationAdmin ? await EnableTwoFactorAsync(users, user) : null;
        return new TestUser(user.Id, email, user.DisplayName, role, user.CityId, key);
    }

    /// <summary>Sets up an authenticator app for the user, as the two-factor page does, and returns the shared key.</summary>
    public static async Task<string> EnableTwoFactorAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return key!;
    }

    /// <summary>
    /// Signs in through the real forms: the password, then (for accounts with two factors) the code the authenticator
    /// app would show. Returns the answer to the last form.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password,
        string? authenticatorKey, string loginUrl = "/Account/Login")
    {
        var response = await client.SubmitFormAsync(loginUrl, new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (authenticatorKey is null || response.Headers.Location?.OriginalString.StartsWith("/Account/LoginWithTwoFactor", StringComparison.Ordinal) != true)
        {
            return response;
        }

        return await client.SubmitFormAsync(response.Headers.Location.OriginalString, new() { ["Input.Code"] = Totp.Code(authenticatorKey) });
    }

    /// <summary>Signs in through the real sign-in form (antiforgery token included) and returns the client.</summary>
    public async Task<HttpClient> SignedInClientAsync(TestUser user, string? language = null)
    {
        var client = CreateClient(language);
        var response = await SignInAsync(client, user.Email, Password, user.AuthenticatorKey);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

public sealed record TestUser(string Id, string Email, string DisplayName, string Role, int? CityId, string? AuthenticatorKey = null);

public static class Unique
{
    public static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
