using System.Diagnostics;
using System.Globalization;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.Tests.RealData;

/// <summary>
/// Wikipedia's twin-town file as an association would load it: the file as published (city1, country1, lat1, lng1,
/// city2, …), each row naming both of its cities, against the real gazetteer. The file's coordinates judge the result:
/// a city more than <see cref="WrongKm"/> from them is a wrong city.
/// </summary>
public sealed class RealAssociationImportTests(PortalApp app)
{
    private const double WrongKm = 60;

    // Set to 1 to check the whole file (25,917 rows) and print the time and figures for docs/benchmarks.md.
    private const string FullFileVariable = "CITYPARTNERSHIPS_IMPORT_FULL_FILE";

    // The demo's twelve German member cities, as Wikipedia names them.
    private static readonly HashSet<string> _members =
    [
        "Düsseldorf", "Leipzig", "Berlin", "Cologne", "Köln", "Munich", "München", "Hamburg", "Frankfurt am Main", "Frankfurt", "Dortmund",
        "Bonn", "Hanover", "Hannover", "Nuremberg", "Nürnberg", "Stuttgart",
    ];

    [Fact]
    public async Task The_rows_of_the_twelve_member_cities_in_the_file_as_published_find_both_cities_and_never_a_wrong_one()
    {
        Assert.SkipUnless(File.Exists(RealGazetteer.TwinningsFile), $"The twinnings file is not at {RealGazetteer.TwinningsFile}.");
        var (rows, right, wrong, _, report) = await CheckAsync(r => IsMember(r.Cells[0], r.Cells[1]) || IsMember(r.Cells[4], r.Cells[5]));

        TestContext.Current.TestOutputHelper?.WriteLine($"{rows} rows: {right} right");
        Assert.True(rows > 150, $"Only {rows} rows were found.");
        Assert.True(wrong == 0, string.Join("\n", report.Where(r => r.Contains("WRONG", StringComparison.Ordinal))));
        Assert.True(right >= rows * 0.95, $"{right} of {rows} rows matched both cities without editing:\n" + string.Join("\n", report.Take(100)));
    }

    [Fact]
    public async Task The_whole_file_as_a_measurement()
    {
        Assert.SkipUnless(Environment.GetEnvironmentVariable(FullFileVariable) == "1", $"Set {FullFileVariable}=1 to measure the whole file.");
        var clock = Stopwatch.StartNew();
        var (rows, right, wrong, unresolved, report) = await CheckAsync(_ => true);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{rows} rows in {clock.Elapsed.TotalSeconds:0.0} s: {right} right, {wrong} wrong, {unresolved} to fix or choose");
        foreach (var line in report.Where(r => r.Contains("WRONG", StringComparison.Ordinal)))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
    }

    private async Task<(int Rows, int Right, int Wrong, int Unresolved, List<string> Report)> CheckAsync(Func<SheetRow, bool> which)
    {
        await using var db = await RealGazetteer.OpenAsync(app);
        var file = SpreadsheetReader.ParseCsv(await File.ReadAllTextAsync(RealGazetteer.TwinningsFile, TestContext.Current.CancellationToken), ',');
        var sheet = file.Take(1).Concat(file.Skip(1).Where(r => r.Cells.Count >= 8 && which(r))).ToList();
        var mapping = ImportSheet.Recognise(sheet[0].Cells);
        Assert.False(ImportSheet.NeedsReview(sheet[0].Cells, mapping));
        var importRows = ImportSheet.Rows(sheet, mapping);

        var checkedRows = await ImportCheck.RunAsync(db, null, importRows, ImportDecisions.None, DateTime.UtcNow, TestContext.Current.CancellationToken);

        int right = 0, wrong = 0, unresolved = 0;
        var report = new List<string>();
        foreach (var row in checkedRows)
        {
            var source = row.Source;
            var ownWrong = IsWrong(row.Own, source[ImportColumn.OwnLatitude], source[ImportColumn.OwnLongitude]);
            var partnerWrong = IsWrong(row.Partner, source[ImportColumn.Latitude], source[ImportColumn.Longitude]);
            if (ownWrong || partnerWrong)
            {
                wrong++;
                report.Add($"{source[ImportColumn.OwnCity]} – {source[ImportColumn.PartnerCity]}: WRONG {row.Own?.Name}, {row.Own?.Region} – {row.Partner?.Name}, {row.Partner?.Region}");
            }
            else if (row.Own is null || row.Partner is null)
            {
                unresolved++;
                report.Add($"{source[ImportColumn.OwnCity]} ({source[ImportColumn.OwnCountry]}) – {source[ImportColumn.PartnerCity]} ({source[ImportColumn.PartnerCountry]}): {row.Outcome}");
            }
            else
            {
                right++;
            }
        }

        return (checkedRows.Count, right, wrong, unresolved, report);
    }

    private static bool IsMember(string city, string country) => country == "Germany" && _members.Contains(city);

    private static bool IsWrong(CityCandidate? city, string latitude, string longitude) =>
        city is { Latitude: { } lat, Longitude: { } lng }
        && double.TryParse(latitude, CultureInfo.InvariantCulture, out var fileLat)
        && double.TryParse(longitude, CultureInfo.InvariantCulture, out var fileLng)
        && GeoDistance.Kilometres(fileLat, fileLng, lat, lng) > WrongKm;
}
