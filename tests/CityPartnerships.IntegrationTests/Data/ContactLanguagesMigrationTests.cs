using CityPartnerships.Domain.Cities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CityPartnerships.Tests.Data;

/// <summary>Contacts noted before languages came from a list keep what was written: as codes, or kept for a person to check.</summary>
public sealed class ContactLanguagesMigrationTests(PortalApp app)
{
    [Fact]
    public async Task Free_text_languages_become_codes_and_text_naming_an_unknown_language_is_kept_to_check()
    {
        var connectionString = app.Server.ConnectionStringFor($"languages_{Guid.NewGuid():N}"[..30]);
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        await db.GetService<IMigrator>().MigrateAsync("CityGermanNames");
        var (city, partner) = (new City("Oldtown", "DE"), new City("Altstadt", "AT"));
        db.Cities.AddRange(city, partner);
        await db.SaveChangesAsync();
        // In SQL: the entity of today has no Language column.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Partnerships" ("CityId", "PartnerCityId", "Kind", "Status", "CreatedAt", "IsInternal")
            VALUES ({city.Id}, {partner.Id}, 'Twinning', 'Active', {DateTime.UtcNow}, false)
            """);
        var partnershipId = await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Partnerships" WHERE "CityId" = {city.Id}""").SingleAsync();
        foreach (var (name, language) in new[]
        {
            ("English speaker", "French, English"), ("German speaker", "Deutsch und Polnisch"), ("Coder", "es / PT"),
            ("Unsure", "Klingon, a little Dutch"), ("Silent", (string?)null),
        })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Contacts" ("PartnershipId", "CityId", "Name", "Language") VALUES ({partnershipId}, {partner.Id}, {name}, {language})
                """);
        }

        await db.Database.MigrateAsync();

        var contacts = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.Name);
        Assert.Equal(["fr", "en"], contacts["English speaker"].Languages);
        Assert.Equal(["de", "pl"], contacts["German speaker"].Languages);
        Assert.Equal(["es", "pt"], contacts["Coder"].Languages);
        Assert.Null(contacts["English speaker"].LanguagesToCheck);
        Assert.Empty(contacts["Unsure"].Languages);
        Assert.Equal("Klingon, a little Dutch", contacts["Unsure"].LanguagesToCheck);
        Assert.Empty(contacts["Silent"].Languages);
        Assert.Null(contacts["Silent"].LanguagesToCheck);
    }
}
