using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace CityPartnerships.Benchmarks;

/// <summary>A city of the twinnings file with its ISO country code and, when the file has valid ones, coordinates.</summary>
public sealed record CsvCity(string Name, string CountryCode, double? Latitude, double? Longitude);

/// <summary>
/// The real pairs of /work/shared/data/twinnings/twin-cities-wikipedia.csv
/// (<c>city1,country1,lat1,lng1,city2,country2,lat2,lng2</c>), cleaned: rows with blank fields, countries that map to
/// no ISO code, self pairs and repeated pairs are counted and left out.
/// </summary>
public sealed class TwinningsCsv
{
    public const string DefaultPath = "/work/shared/data/twinnings/twin-cities-wikipedia.csv";

    private TwinningsCsv()
    {
    }

    /// <summary>Distinct cities (by name and country code), most-twinned first, then by name.</summary>
    public IReadOnlyList<CsvCity> Cities { get; private set; } = [];

    /// <summary>Distinct unordered pairs in file order; the first city is the one whose list named the pair.</summary>
    public IReadOnlyList<(CsvCity City, CsvCity Partner)> Pairs { get; private set; } = [];

    public int Rows { get; private set; }

    public int RowsWithBlankFields { get; private set; }

    public int RowsWithUnknownCountry { get; private set; }

    public int SelfPairs { get; private set; }

    public int RepeatedPairs { get; private set; }

    /// <summary>Country names no ISO code was found for, with how often they occur.</summary>
    public IReadOnlyDictionary<string, int> UnknownCountries { get; private set; } = new Dictionary<string, int>();

    public static async Task<TwinningsCsv> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        var records = Parse(text);
        if (records.Count == 0 || !string.Join(',', records[0]).StartsWith("city1,country1", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{path} does not start with the header city1,country1,lat1,lng1,city2,country2,lat2,lng2.");
        }

        var result = new TwinningsCsv();
        var cities = new Dictionary<(string Name, string Code), CsvCity>();
        var degree = new Dictionary<CsvCity, int>();
        var pairs = new List<(CsvCity, CsvCity)>();
        var seenPairs = new HashSet<(CsvCity, CsvCity)>();
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var record in records.Skip(1))
        {
            result.Rows++;
            if (record.Count != 8 || record.Any(string.IsNullOrWhiteSpace))
            {
                result.RowsWithBlankFields++;
                continue;
            }

            var code1 = CountryNameMap.ToCode(record[1]);
            var code2 = CountryNameMap.ToCode(record[5]);
            if (code1 is null || code2 is null)
            {
                foreach (var (name, code) in new[] { (record[1], code1), (record[5], code2) })
                {
                    if (code is null)
                    {
                        unknown[name.Trim()] = unknown.GetValueOrDefault(name.Trim()) + 1;
                    }
                }

                result.RowsWithUnknownCountry++;
                continue;
            }

            var city = CityOf(cities, record[0], code1, record[2], record[3]);
            var partner = CityOf(cities, record[4], code2, record[6], record[7]);
            if (city is null || partner is null)
            {
                result.RowsWithBlankFields++;
                continue;
            }

            if (ReferenceEquals(city, partner))
            {
                result.SelfPairs++;
                continue;
            }

            var key = string.CompareOrdinal(city.Name + city.CountryCode, partner.Name + partner.CountryCode) < 0 ? (city, partner) : (partner, city);
            if (!seenPairs.Add(key))
            {
                result.RepeatedPairs++;
                continue;
            }

            pairs.Add((city, partner));
            degree[city] = degree.GetValueOrDefault(city) + 1;
            degree[partner] = degree.GetValueOrDefault(partner) + 1;
        }

        result.Cities = [.. degree
            .OrderByDescending(d => d.Value)
            .ThenBy(d => d.Key.Name, StringComparer.Ordinal)
            .ThenBy(d => d.Key.CountryCode, StringComparer.Ordinal)
            .Select(d => d.Key)];
        result.Pairs = pairs;
        result.UnknownCountries = unknown;
        return result;
    }

    private static CsvCity? CityOf(Dictionary<(string Name, string Code), CsvCity> cities, string name, string code,
        string latitude, string longitude)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > Domain.Cities.City.NameMaxLength)
        {
            return null;
        }

        if (cities.TryGetValue((trimmed, code), out var known))
        {
            return known;
        }

        var lat = Coordinate(latitude, 90);
        var lng = Coordinate(longitude, 180);
        var city = lat is null || lng is null ? new CsvCity(trimmed, code, null, null) : new CsvCity(trimmed, code, lat, lng);
        cities[(trimmed, code)] = city;
        return city;
    }

    private static double? Coordinate(string text, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= limit ? value : null;

    /// <summary>RFC 4180: comma-separated, fields optionally in double quotes with "" for a quote; read by Sep, as the import does.</summary>
    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        using var reader = Sep.New(',').Reader(options => options with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(text);
        foreach (var row in reader)
        {
            var record = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++)
            {
                record.Add(row[i].ToString());
            }

            records.Add(record);
        }

        return records;
    }
}
