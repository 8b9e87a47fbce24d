using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Operations;

public sealed class KeyProtectionTests(PortalApp app)
{
    [Fact]
    public async Task With_a_certificate_the_keys_are_stored_encrypted_and_the_database_alone_cannot_read_a_cookie()
    {
        var connectionString = await TestDatabase.CreateAsync(app.Server, "keys");
        var folder = Directory.CreateTempSubdirectory("citypartnerships-keys-");
        try
        {
            var certificate = Path.Combine(folder.FullName, "dataprotection.pfx");
            WriteCertificate(certificate, "pfx-password-for-test");
            var withCertificate = new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = certificate,
                ["DataProtection:CertificatePassword"] = "pfx-password-for-test",
            };
            await using var portal = new PortalFactory(connectionString, withCertificate);
            var user = await CreateAdminAsync(portal);
            var signIn = await portal.CreateClient(new() { AllowAutoRedirect = false })
                .SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
            var cookie = AuthCookie.From(signIn);

            var keys = await app.WithDbAsync(async _ =>
            {
                await using var db = new Web.Data.AppDbContext(new DbContextOptionsBuilder<Web.Data.AppDbContext>().UseNpgsql(connectionString).Options);
                return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            });
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });

            await using var sameCertificate = new PortalFactory(connectionString, withCertificate);
            await using var withoutCertificate = new PortalFactory(connectionString);
            Assert.Equal(HttpStatusCode.OK, (await AuthCookie.ReplayAsync(Cookieless(sameCertificate), "/Account/Manage", cookie)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await AuthCookie.ReplayAsync(Cookieless(withoutCertificate), "/Account/Manage", cookie)).StatusCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Production_refuses_to_start_without_a_certificate()
    {
        using var portal = new ProductionPortal(app.ConnectionString);

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("DataProtection__CertificatePath", error.ToString());
    }

    private static HttpClient Cookieless(WebApplicationFactory<Program> portal) =>
        portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static void WriteCertificate(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CityPartnerships data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }

    private static async Task<TestUser> CreateAdminAsync(WebApplicationFactory<Program> portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{Unique.Name("keys").ToLowerInvariant()}@example.org";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Keys", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalApp.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.AssociationAdmin);
        return new TestUser(user.Id, email, user.DisplayName, Roles.AssociationAdmin, null);
    }

    private sealed class ProductionPortal(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Production");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        }
    }
}
