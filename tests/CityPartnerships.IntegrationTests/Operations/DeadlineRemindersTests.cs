using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Features.Jobs;
using CityPartnerships.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Operations;

/// <summary>The daily deadline reminder (Features/Reminders) and the once-per-period job runs it relies on (Features/Jobs).</summary>
public sealed class DeadlineRemindersTests(PortalApp app)
{
    // A day of its own far ahead, so that no other test's activities are due with these.
    private static DateOnly SomeDay() => new DateOnly(2090, 1, 1).AddDays(Random.Shared.Next(0, 20_000));

    [Fact]
    public async Task Activities_beginning_and_idea_deadlines_a_week_ahead_or_tomorrow_are_due_for_the_partnerships_own_city()
    {
        var today = SomeDay();
        var city = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "FR");
        var partnership = await app.InsertPartnershipAsync(city.Id, partner.Id);
        var deleted = await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync(country: "IT")).Id);
        await app.WithDbAsync(async db =>
        {
            db.Activities.AddRange(
                new Activity(partnership.Id, ActivityKind.ExpertExchange, "Tomorrow", today.AddDays(1), null, null, null, null),
                new Activity(partnership.Id, ActivityKind.ExpertExchange, "Next week", today.AddDays(7), null, null, null, null),
                new Activity(partnership.Id, ActivityKind.ExpertExchange, "In three days", today.AddDays(3), null, null, null, null),
                new Activity(partnership.Id, ActivityKind.ExpertExchange, "Today", today, null, null, null, null),
                new Activity(deleted.Id, ActivityKind.ExpertExchange, "Of a deleted partnership", today.AddDays(1), null, null, null, null));
            db.Projects.AddRange(
                Project(partnership.Id, "Idea due next week", ProjectStatus.Idea, today.AddDays(7)),
                Project(partnership.Id, "Idea due in ten days", ProjectStatus.Idea, today.AddDays(10)),
                Project(partnership.Id, "Already applied", ProjectStatus.Applied, today.AddDays(1)),
                Project(partnership.Id, "Rejected idea", ProjectStatus.Rejected, today.AddDays(1)));
            await db.SaveChangesAsync();
            var gone = await db.Partnerships.SingleAsync(p => p.Id == deleted.Id);
            gone.Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var due = await RemindersAsync(reminders => reminders.DueAsync(today, 7, CancellationToken.None));

        var ours = due.Where(i => i.CityId == city.Id).ToList();
        // By date, then title.
        Assert.Equal(["Tomorrow", "Idea due next week", "Next week"], ours.Select(i => i.Title));
        Assert.Equal([ReminderKind.ActivityBegins, ReminderKind.ApplicationDeadline, ReminderKind.ActivityBegins], ours.Select(i => i.Kind));
        Assert.All(ours, i => Assert.Equal(partner.Name, i.PartnerCityName));
        Assert.DoesNotContain(due, i => i.CityId == partner.Id); // the partner city keeps its own records
    }

    [Fact]
    public async Task Each_staff_member_of_the_city_gets_one_mail_in_their_language_unless_they_turned_reminders_off()
    {
        var today = SomeDay();
        var city = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync(country: "PL")).Id);
        var english = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var german = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var off = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var mayorsOffice = await app.CreateUserAsync(Roles.MayorsOffice, city.Id);
        var otherCity = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == german.Id)).Language = "de";
            (await db.Users.SingleAsync(u => u.Id == off.Id)).RemindersOff = true;
            db.Activities.Add(new Activity(partnership.Id, ActivityKind.IncomingDelegation, "Youth orchestra visit", today.AddDays(7), null, null, null, null));
            return await db.SaveChangesAsync();
        });

        var outcome = await RemindersAsync(reminders => reminders.SendAsync(today, 7, CancellationToken.None));

        var mail = await app.Mailbox.WaitForMailAsync(english.Email, "Coming up");
        Assert.Contains("Youth orchestra visit", mail.TextBody);
        var mailInGerman = await app.Mailbox.WaitForMailAsync(german.Email, "Demnächst");
        Assert.Contains("Die Aktivität „Youth orchestra visit“", mailInGerman.TextBody);
        Assert.Contains("Mein Konto", mailInGerman.TextBody);
        Assert.Empty(app.Mailbox.Find(off.Email));
        Assert.Empty(app.Mailbox.Find(mayorsOffice.Email));
        Assert.Empty(app.Mailbox.Find(otherCity.Email));
        Assert.Contains("mails sent", outcome);
    }

    [Fact]
    public async Task Two_instances_claiming_the_same_run_at_once_run_it_once_and_a_failed_run_is_run_again()
    {
        var job = Unique.Name("job");
        var period = JobRuns.Day(SomeDay());
        var runs = 0;
        async Task<string> WorkAsync(CancellationToken token)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(500, token); // long enough for the other instance to arrive while this one works
            return "done";
        }

        var both = await Task.WhenAll(RunAsync(job, period, WorkAsync), RunAsync(job, period, WorkAsync));
        Assert.Equal(1, runs);
        Assert.Single(both, ran => ran);
        Assert.False(await RunAsync(job, period, WorkAsync)); // later checks find it done

        // An instance that fails (or dies) mid-run leaves no claim behind: the next check runs the job.
        var failing = Unique.Name("job");
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(failing, period, _ => throw new InvalidOperationException("SMTP down")));
        Assert.True(await RunAsync(failing, period, WorkAsync));
        var row = await app.WithDbAsync(db => db.JobRuns.AsNoTracking().SingleAsync(r => r.Job == failing));
        Assert.Equal("done", row.Outcome);
        Assert.NotNull(row.FinishedAt);
    }

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var connectionString = app.Server.ConnectionStringFor($"together_{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string> { ["Database:MigrateOnStartup"] = "true" };
        await using var first = new PortalFactory(connectionString, settings);
        await using var second = new PortalFactory(connectionString, settings);

        var clients = await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        foreach (var client in clients)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        var areas = await db.ActionAreas.Select(a => a.Name).ToListAsync();
        Assert.NotEmpty(areas);
        Assert.Equal(areas.Count, areas.Distinct().Count());
    }

    private static Project Project(int partnershipId, string title, ProjectStatus status, DateOnly deadline)
    {
        var project = new Project(partnershipId, title);
        project.UpdateDetails(title, null, status, PartnerCommitment.Unknown, null, null);
        project.SetFunding("EU", null, null, null, deadline);
        return project;
    }

    private async Task<T> RemindersAsync<T>(Func<DeadlineReminders, Task<T>> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<DeadlineReminders>());
    }

    private async Task<bool> RunAsync(string job, string period, Func<CancellationToken, Task<string>> work)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRuns>().RunOnceAsync(job, period, work, CancellationToken.None);
    }
}
