using System.Net;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Features.Jobs;
using CityPartnerships.Web.Features.Reminders;
using CityPartnerships.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CityPartnerships.Tests.Operations;

/// <summary>
/// Two portal processes behind nginx on one database (docs/operations.md "Scaled out"), started from the built binaries
/// with the repository's nginx configuration: sessions and forms work across instances, the daily job runs once, and
/// an instance killed in the middle of writes loses no write it acknowledged and duplicates none.
/// </summary>
public sealed class ScaleOutTests(PortalApp app)
{
    [Fact]
    public async Task Two_instances_behind_nginx_share_sessions_run_the_daily_job_once_and_lose_no_acknowledged_write()
    {
        var city = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "PL");
        var partnership = await app.InsertPartnershipAsync(city.Id, partner.Id);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        // Something for the daily reminder: an activity of the city's partnership that begins a week from today.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Formats.DefaultTimeZone).DateTime);
        var visit = Unique.Name("Delegation visit");
        await app.WithDbAsync(async db =>
        {
            db.Activities.Add(new Activity(partnership.Id, ActivityKind.IncomingDelegation, visit, today.AddDays(7), null, null, null, null));
            return await db.SaveChangesAsync();
        });

        // The portal's own mail server: instances on one database share one outbox, so either may send the mail
        // another test left waiting there, and it must reach the server that test reads.
        var mailbox = app.Mailbox;
        var settings = new Dictionary<string, string>(mailbox.Settings())
        {
            ["Mail:PortalUrl"] = "http://portal.example.org/",
            ["Reminders:CheckEvery"] = "00:00:01",
            ["Reminders:SendFrom"] = "00:00",
        };
        await using var topology = await ScaleOutTopology.StartAsync(app.ConnectionString, settings);
        var a = topology.InstanceA.Url;
        var b = topology.InstanceB.Url;

        // a) Signed in through one instance, forms through the other (its own antiforgery token, the first one's cookie).
        await SignInOnOneAndSubmitOnTheOtherAsync(staff, partnership.Id, signInOn: a, submitOn: b);
        await SignInOnOneAndSubmitOnTheOtherAsync(staff, partnership.Id, signInOn: b, submitOn: a);
        await SignInOnOneAndSubmitOnTheOtherAsync(staff, partnership.Id, signInOn: topology.Proxy, submitOn: topology.Proxy);

        // b) Both instances checked for today's reminders; one sent them: one mail to the city's staff member, one run.
        var reminder = await mailbox.WaitForMailAsync(staff.Email, timeout: TimeSpan.FromSeconds(30));
        Assert.Contains(visit, reminder.TextBody);
        await WaitUntilAsync(() => Checked(topology.InstanceA) && Checked(topology.InstanceB), "both instances to check today's reminders");
        Assert.Single(mailbox.Find(staff.Email));
        var runs = await app.WithDbAsync(db => db.JobRuns.AsNoTracking().Where(r => r.Job == ReminderJob.JobName).ToListAsync());
        var run = Assert.Single(runs);
        Assert.Equal(JobRuns.Day(today), run.Period);
        Assert.NotNull(run.FinishedAt);
        Assert.Single(new[] { topology.InstanceA, topology.InstanceB }, instance => instance.Output.Any(line => line.Contains("sent by this instance", StringComparison.Ordinal)));

        // c) Writes through nginx while instance A is killed (SIGKILL, no graceful shutdown). The test holds a lock on the
        // activities table, so sixty writes are provably under way (waiting in PostgreSQL, on both instances) when A
        // dies; then the lock is released, and twenty more follow, which nginx can only pass to B.
        var client = await SignedInAsync(topology.Proxy, staff);
        var form = await client.LoadFormAsync(CreateUrl(partnership.Id), Fields(visit));
        var batch = Unique.Name("Batch");
        var acknowledgedSoFar = 0;
        async Task<Write> WriteAsync(int index)
        {
            var title = $"{batch} {index:D2}";
            try
            {
                var response = await client.PostAsync(form.Target,
                    new FormUrlEncodedContent(form.Values.Where(v => v.Key != "Input.Title").Append(new("Input.Title", title))));
                var acknowledged = response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.OriginalString.StartsWith($"/Partnerships/Details/{partnership.Id}", StringComparison.Ordinal) == true;
                if (acknowledged)
                {
                    Interlocked.Increment(ref acknowledgedSoFar);
                }

                return new Write(title, acknowledged, (int)response.StatusCode);
            }
            catch (HttpRequestException)
            {
                return new Write(title, false, 0);
            }
        }

        await using var locker = new NpgsqlConnection(app.ConnectionString);
        await locker.OpenAsync();
        await using var hold = await locker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"Activities\" IN EXCLUSIVE MODE", locker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        var beforeKill = Enumerable.Range(0, 60).Select(WriteAsync).ToList();
        await WaitUntilWritesWaitAsync(app.ConnectionString, 20);
        Assert.Equal(0, Volatile.Read(ref acknowledgedSoFar));
        topology.InstanceA.KillHard();
        await hold.CommitAsync();
        var duringKill = await Task.WhenAll(beforeKill);
        var afterKill = await Task.WhenAll(Enumerable.Range(60, 20).Select(WriteAsync));
        var answers = duringKill.Concat(afterKill).ToList();

        var stored = await app.WithDbAsync(db => db.Activities.AsNoTracking()
            .Where(x => x.PartnershipId == partnership.Id && EF.Functions.Like(x.Title, batch + "%")).Select(x => x.Title).ToListAsync());
        var report = string.Join(", ", answers.Select(x => $"{x.Title[^2..]}:{x.Status}")) + "\n" + topology.ProxyErrors();
        TestContext.Current.TestOutputHelper?.WriteLine($"Writes (index:status, 302 = saved): {report}");
        Assert.All(answers.Where(x => x.Acknowledged), x => Assert.Contains(x.Title, stored));
        Assert.Equal(stored.Count, stored.Distinct().Count()); // nginx passed no write to a second instance
        // Every write after the kill went to B (nginx passes a request that found A's port closed to the other instance).
        Assert.All(afterKill, x => Assert.True(x.Acknowledged, report));
        // Writes were under way on A when it died: they failed visibly (502 or a broken connection), never with a page
        // saying "saved"; the ones on B were saved once the lock was released.
        Assert.Contains(duringKill, x => !x.Acknowledged);
        Assert.Contains(duringKill, x => x.Acknowledged);
        Assert.All(answers.Where(x => !x.Acknowledged), x => Assert.True(x.Status is 0 or >= 500, report));
    }

    private sealed record Write(string Title, bool Acknowledged, int Status);

    private static bool Checked(PortalProcess instance) =>
        instance.Output.Any(line => line.Contains("Deadline reminders for", StringComparison.Ordinal));

    private static async Task SignInOnOneAndSubmitOnTheOtherAsync(TestUser staff, int partnershipId, Uri signInOn, Uri submitOn)
    {
        var cookies = new CookieContainer(); // the browser's cookie jar: one for both addresses
        using var first = Client(signInOn, cookies);
        using var second = Client(submitOn, cookies);
        var signIn = await PortalApp.SignInAsync(first, staff.Email, PortalApp.Password, null);
        Assert.Equal("/MyCity", signIn.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/MyCity")).StatusCode);
        var title = Unique.Name("Across instances");
        var saved = await second.SubmitFormAsync(CreateUrl(partnershipId), Fields(title));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith($"/Partnerships/Details/{partnershipId}", saved.Headers.Location?.OriginalString);
        var details = await (await first.GetAsync(saved.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains(title, details);
    }

    private static async Task<HttpClient> SignedInAsync(Uri origin, TestUser staff)
    {
        var client = Client(origin, new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await PortalApp.SignInAsync(client, staff.Email, PortalApp.Password, null)).StatusCode);
        return client;
    }

    private static HttpClient Client(Uri origin, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(30) };

    private static string CreateUrl(int partnershipId) => $"/Partnerships/{partnershipId}/Activities/Create";

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        // Long past: the batch must not make this city top the association's ranking of recent activity, which another test checks.
        ["Input.StartsOn"] = "2024-05-04",
    };

    /// <summary>Waits until at least <paramref name="count"/> statements of the portal wait for a lock in the test's database.</summary>
    private static async Task WaitUntilWritesWaitAsync(string connectionString, int count)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Convert.ToInt32(await waiting.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 30 s for {count} writes to wait for the lock");
            await Task.Delay(20);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 30 s for {what}");
            await Task.Delay(10);
        }
    }
}
