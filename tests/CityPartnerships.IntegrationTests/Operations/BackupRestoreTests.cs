using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Npgsql;

namespace CityPartnerships.Tests.Operations;

/// <summary>The procedure of docs/operations.md, run with its own scripts: back up, restore elsewhere, serve the same.</summary>
public sealed class BackupRestoreTests(PortalApp app)
{
    [Fact]
    public async Task A_database_restored_from_a_backup_serves_the_same_pages_and_keeps_users_signed_in()
    {
        var city = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "FR");
        var partnership = await app.InsertPartnershipAsync(city.Id, partner.Id, isInternal: true, description: "Restored with everything");
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var signIn = await app.CreateClient().SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
        var cookie = AuthCookie.From(signIn);
        var pages = new[] { $"/Partnerships/Details/{partnership.Id}", "/MyCity", $"/Partnerships?q={Uri.EscapeDataString(city.Name)}" };
        var original = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var before = await MainTextsAsync(original, pages, cookie);

        var backup = Path.Combine(Path.GetTempPath(), $"citypartnerships-{Guid.NewGuid():N}.dump");
        var restoredDatabase = $"restored_{Guid.NewGuid():N}";
        try
        {
            await RunScriptAsync("backup.sh", backup, app.ConnectionString, database: null);
            await RunScriptAsync("restore.sh", backup, app.ConnectionString, restoredDatabase);

            await using var restored = new PortalFactory(app.Server.ConnectionStringFor(restoredDatabase));
            var after = await MainTextsAsync(restored.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), pages, cookie);
            Assert.Equal(before, after);
            Assert.Contains("Restored with everything", after[0]);
            var fresh = await restored.CreateClient(new() { AllowAutoRedirect = false })
                .SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = PortalApp.Password });
            Assert.Equal("/MyCity", fresh.Headers.Location?.OriginalString);
            // Restoring never writes into a database that has data.
            var again = await Assert.ThrowsAsync<InvalidOperationException>(() => RunScriptAsync("restore.sh", backup, app.ConnectionString, restoredDatabase));
            Assert.Contains("already has", again.Message);
        }
        finally
        {
            File.Delete(backup);
        }
    }

    private static async Task<List<string>> MainTextsAsync(HttpClient client, string[] pages, string cookie)
    {
        var texts = new List<string>();
        foreach (var page in pages)
        {
            var response = await AuthCookie.ReplayAsync(client, page, cookie);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var main = (await response.ToDocumentAsync()).QuerySelector("main")!;
            texts.Add(Regex.Replace(main.TextContent, @"\s+", " ").Trim());
        }

        return texts;
    }

    private static async Task RunScriptAsync(string script, string file, string connectionString, string? database)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", script), file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGDATABASE"] = database ?? connection.Database;
        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CityPartnerships.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CityPartnerships.sln not found");
    }
}
