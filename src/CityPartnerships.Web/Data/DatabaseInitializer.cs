using CityPartnerships.Web.Data.DemoData;
using CityPartnerships.Web.Data.Gazetteer;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CityPartnerships.Web.Data;

/// <summary>
/// The one start-up step that touches the schema and data, in this order: migrations (when configured; otherwise a
/// schema older than this release stops here, <see cref="PendingMigrationsException"/>), reference data every portal
/// needs, the first admin from configuration, demo data (demo configuration only), the GeoNames
/// gazetteer when a file is configured (Gazetteer:File), and its cities' names in other languages when the GeoNames
/// catalogues are installed (Gazetteer:NamesFolder, Debian package libgeonames-common). One instance at a time
/// (<see cref="StartupLock"/>).
/// </summary>
internal static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        services = scope.ServiceProvider;
        var configuration = services.GetRequiredService<IConfiguration>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = services.GetRequiredService<AppDbContext>();
        var migrate = configuration.GetValue<bool>("Database:MigrateOnStartup");

        // The database first: EF Core logs an error when it looks for it and it is not there yet, which on a first
        // start would look like a failure. Two instances starting at once may both try; the second finds it made.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (migrate && !await creator.ExistsAsync())
        {
            try
            {
                await creator.CreateAsync();
            }
            catch (Npgsql.PostgresException error) when (error.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
            }
        }

        await using var startupLock = await StartupLock.AcquireAsync(db.Database.GetConnectionString()!, logger);
        if (migrate)
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            logger.LogInformation("Applying {Count} pending migration(s): {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync();
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).ToList() is { Count: > 0 } missing)
        {
            throw new PendingMigrationsException(missing);
        }

        await ReferenceData.EnsureAsync(services, logger);
        await PracticePlainText.FillMissingAsync(db, logger);
        await FirstAdmin.EnsureAsync(services, configuration.GetSection(FirstAdmin.SectionName), logger);

        if (configuration.GetValue<bool>("DemoData:Seed"))
        {
            await DemoDataSeeder.SeedAsync(services, logger);
        }

        // The worldwide gazetteer, once: later starts find the places already there.
        if (configuration[GazetteerImporter.ConfigurationKey] is { Length: > 0 } gazetteer && !await db.Cities.AnyAsync(c => c.GeoNameId != null))
        {
            if (File.Exists(gazetteer))
            {
                await using var file = File.OpenRead(gazetteer);
                await GazetteerImporter.ImportAsync(db, file, logger);
            }
            else
            {
                logger.LogWarning("Gazetteer file {File} not found; partner cities can only be chosen from the register", gazetteer);
            }
        }

        // Other names of the gazetteer's cities ("München", "Warschau"), once, also for a gazetteer loaded before them.
        var namesFolder = configuration[GeoNamesCatalogues.ConfigurationKey] ?? GeoNamesCatalogues.DefaultFolder;
        if (GeoNamesCatalogues.Languages(namesFolder).Count > 0 && !await db.CityNames.AnyAsync()
            && await db.Cities.AnyAsync(c => c.GeoNameId != null))
        {
            await GazetteerImporter.ImportNamesAsync(db, namesFolder, logger);
        }

        // Climate values after the gazetteer, so that the file's cities are found among all places.
        if (configuration.GetValue<bool>("DemoData:Seed"))
        {
            await DemoClimate.SeedAsync(services, logger);
        }
    }
}
