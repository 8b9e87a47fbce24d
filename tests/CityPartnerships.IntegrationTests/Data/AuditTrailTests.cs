using System.Globalization;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Auditing;
using CityPartnerships.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Data;

public sealed class AuditTrailTests(PortalApp app)
{
    [Fact]
    public async Task A_record_without_a_partnership_is_saved_with_a_history_of_its_own()
    {
        var city = await app.InsertCityAsync();
        var title = Unique.Name("Example");

        var practice = await app.WithDbAsync(async db =>
        {
            var practice = new BestPractice(city.Id, ContentLanguage.English, new(title, "What others can learn."));
            db.BestPractices.Add(practice);
            await db.SaveChangesAsync();
            return practice;
        });

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == AuditedTypes.BestPractice && a.EntityId == Key(practice.Id)));
        Assert.Equal((AuditedTypes.BestPractice, Key(practice.Id), AuditAction.Created), (entry.ScopeType, entry.ScopeId, entry.Action));
        var text = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == AuditedTypes.BestPracticeText && a.ScopeId == Key(practice.Id)));
        Assert.Contains(new AuditChange("Title", null, title), text.Changes);
        // References are kept by name, so the history reads without looking anything up.
        Assert.Contains(new AuditChange("CityId", null, city.Name), entry.Changes);
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_history_behind_for_the_next_save_of_the_same_context()
    {
        var city = await app.InsertCityAsync();
        var failedTitle = Unique.Name("Failed");
        var savedTitle = Unique.Name("Saved");

        var saved = await app.WithDbAsync(async db =>
        {
            var orphan = new BestPractice(int.MaxValue, ContentLanguage.English, new(failedTitle, "A city that does not exist."));
            db.BestPractices.Add(orphan);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            var practice = new BestPractice(city.Id, ContentLanguage.English, new(savedTitle, "What others can learn."));
            db.BestPractices.Add(practice);
            await db.SaveChangesAsync();
            return practice;
        });

        var written = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditedTypes.BestPracticeText).ToListAsync());
        Assert.DoesNotContain(written.SelectMany(a => a.Changes), c => c.New == failedTitle);
        Assert.Single(written, a => a.ScopeId == Key(saved.Id) && a.Changes.Contains(new AuditChange("Title", null, savedTitle)));
    }

    [Fact]
    public async Task A_contacts_values_are_never_stored_only_which_fields_changed()
    {
        var partnership = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id);
        var name = Unique.Name("Person");
        var contact = await app.WithDbAsync(async db =>
        {
            var contact = new Contact(await db.Partnerships.SingleAsync(p => p.Id == partnership.Id), partnership.CityId, name);
            contact.UpdateDetails(name, "City hall", "Officer", "person@partner.example", "+49 211 0000", ["de"], null);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            contact.UpdateDetails(name + " Jr", "Town hall", "Head", "other@partner.example", null, ["fr"], new DateOnly(2026, 2, 1));
            await db.SaveChangesAsync();
            db.Contacts.Remove(contact);
            await db.SaveChangesAsync();
            return contact;
        });

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AuditedTypes.Contact && a.EntityId == Key(contact.Id)).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], entries.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((AuditedTypes.Partnership, Key(partnership.Id)), (e.ScopeType, e.ScopeId)));
        Assert.Contains(entries.SelectMany(e => e.Changes), c => c.Field == "Email");
        Assert.All(entries.SelectMany(e => e.Changes), c => Assert.Equal((null, null), (c.Old, c.New)));
    }

    [Fact]
    public async Task Entries_written_before_scopes_existed_still_show_on_the_partnership_page()
    {
        var connectionString = app.Server.ConnectionStringFor($"audit_{Guid.NewGuid():N}"[..30]);
        int partnershipId;
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options))
        {
            await db.GetService<IMigrator>().MigrateAsync("ActionAreaGermanNames");
            // In SQL: the entities of today have columns that the schema of then does not.
            var (cityId, partnerId) = (await InsertOldCityAsync(db, "Oldtown", "DE"), await InsertOldCityAsync(db, "Altstadt", "AT"));
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Partnerships" ("CityId", "PartnerCityId", "Kind", "Status", "CreatedAt", "IsInternal")
                VALUES ({cityId}, {partnerId}, 'Twinning', 'Dormant', {DateTime.UtcNow}, false)
                """);
            partnershipId = await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Partnerships" WHERE "CityId" = {cityId}""").SingleAsync();
            // The shape the history had before: a partnership id, integer keys.
            const string status = """[{"field":"Status","old":"Active","new":"Dormant"}]""";
            const string participants = """[{"field":"Participants","old":null,"new":"1200"}]""";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AuditEntries" ("EntityType", "EntityId", "PartnershipId", "Action", "UserId", "UserName", "At", "Changes") VALUES
                ('Partnership', {partnershipId}, {partnershipId}, 'Updated', 'gone-user', 'Olga Oldshape', '2025-03-01T10:00:00Z', {status}::jsonb),
                ('Activity', 4711, {partnershipId}, 'Created', 'gone-user', 'Olga Oldshape', '2025-03-02T10:00:00Z', {participants}::jsonb)
                """);
            await db.Database.MigrateAsync();
        }

        await using var portal = new PortalFactory(connectionString);
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        string key;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var admin = new ApplicationUser { UserName = "old.shape@example.org", Email = "old.shape@example.org", EmailConfirmed = true, DisplayName = "Admin" };
            Assert.True((await users.CreateAsync(admin, PortalApp.Password)).Succeeded);
            await users.AddToRoleAsync(admin, Roles.AssociationAdmin);
            key = await PortalApp.EnableTwoFactorAsync(users, admin);
        }

        await PortalApp.SignInAsync(client, "old.shape@example.org", PortalApp.Password, key);
        var page = await client.GetDocumentAsync($"/Partnerships/Details/{partnershipId}");

        var entries = page.QuerySelectorAll("[data-testid=history] > li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("Activity added · Olga Oldshape", entries[0]);
        Assert.Contains("Participants: – → 1,200", entries[0]);
        Assert.StartsWith("Changed · Olga Oldshape", entries[1]);
        Assert.Contains("Status: Active → Dormant", entries[1]);
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private static async Task<int> InsertOldCityAsync(AppDbContext db, string name, string countryCode) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO "Cities" ("Name", "CountryCode", "IsAssociationMember", "IsInGlobalSouth") VALUES ({name}, {countryCode}, false, false)
            RETURNING "Id" AS "Value"
            """).ToListAsync()).Single();
}
