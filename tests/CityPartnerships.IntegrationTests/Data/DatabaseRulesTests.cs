using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CityPartnerships.Tests.Data;

public sealed class DatabaseRulesTests(PortalApp app)
{
    [Fact]
    public async Task Database_refuses_a_second_active_partnership_of_the_same_kind_even_the_other_way_round()
    {
        var first = await app.InsertCityAsync();
        var second = await app.InsertCityAsync();
        await app.WithDbAsync(async db =>
        {
            db.Partnerships.Add(new Partnership(first.Id, second.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        // Bypasses the domain check on purpose: the unique index is the last guard against two people saving at once.
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Partnerships.Add(new Partnership(second.Id, first.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        }));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(Web.Data.Configurations.PartnershipConfiguration.UniqueActivePairIndex, postgres.ConstraintName);
    }

    [Fact]
    public async Task Database_allows_an_ended_and_a_new_active_partnership_between_the_same_cities()
    {
        var first = await app.InsertCityAsync();
        var second = await app.InsertCityAsync();

        var saved = await app.WithDbAsync(async db =>
        {
            db.Partnerships.Add(new Partnership(first.Id, second.Id, PartnershipKind.Twinning, PartnershipStatus.Ended,
                new DateOnly(1970, 1, 1), new DateOnly(1990, 1, 1), null, DateTime.UtcNow));
            db.Partnerships.Add(new Partnership(second.Id, first.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            db.Partnerships.Add(new Partnership(second.Id, first.Id, PartnershipKind.ProjectPartnership, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(3, saved);
    }

    [Fact]
    public async Task Second_of_two_concurrent_edits_is_refused_instead_of_overwriting_the_first()
    {
        var city = await app.InsertCityAsync();

        await using var firstScope = app.Factory.Services.CreateAsyncScope();
        await using var secondScope = app.Factory.Services.CreateAsyncScope();
        var firstDb = firstScope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var secondDb = secondScope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var firstCopy = await firstDb.Cities.SingleAsync(c => c.Id == city.Id);
        var secondCopy = await secondDb.Cities.SingleAsync(c => c.Id == city.Id);

        firstCopy.UpdateDetails(city.Name, "DE", "First edit", null, null, 1, true);
        await firstDb.SaveChangesAsync();
        secondCopy.UpdateDetails(city.Name, "DE", "Second edit", null, null, 2, true);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        var stored = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Id == city.Id));
        Assert.Equal("First edit", stored.Region);
    }

    [Fact]
    public async Task Timestamps_are_stored_as_utc_timestamptz()
    {
        var columnType = await app.WithDbAsync(async db =>
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = "SELECT data_type FROM information_schema.columns WHERE table_name = 'Partnerships' AND column_name = 'LastVerifiedAt'";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.Equal("timestamp with time zone", columnType);
    }
}
