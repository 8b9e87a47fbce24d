using CityPartnerships.Domain.Cities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Pages.Partnerships.Import;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.RealData;

/// <summary>
/// The real Wikipedia lists of twin towns of the demo's twelve German member cities, imported as a city would bring
/// them (partner and country only, as written on Wikipedia), against the real gazetteer. The file's coordinates only
/// judge the result: a partner more than <see cref="WrongKm"/> from them is a wrong partner.
/// </summary>
public sealed class RealListsImportTests(PortalApp app)
{
    private const double WrongKm = 60;

    // The member (GeoNames id) and the names Wikipedia's lists give it.
    private static readonly (int GeoNameId, string[] Names)[] _members =
    [
        (2934246, ["Düsseldorf"]), (2879139, ["Leipzig"]), (2950159, ["Berlin"]), (2886242, ["Cologne", "Köln"]),
        (2867714, ["Munich", "München"]), (2911298, ["Hamburg"]), (2925533, ["Frankfurt am Main", "Frankfurt"]),
        (2935517, ["Dortmund"]), (2946447, ["Bonn"]), (2910831, ["Hanover", "Hannover"]), (2861650, ["Nuremberg", "Nürnberg"]),
        (2825297, ["Stuttgart"]),
    ];

    // Rows whose coordinates in the file are another place's: judged by the country instead.
    private static readonly Dictionary<(string Name, string Country), string> _wrongCoordinatesInFile = new()
    {
        // The file gives Granada, Nicaragua (Frankfurt's partner) the coordinates of Granada, Spain (37.175, -3.6).
        [("Granada", "Nicaragua")] = "NI",
    };

    [Fact]
    public async Task The_twelve_member_cities_lists_import_without_a_wrong_partner_and_at_least_95_percent_without_editing()
    {
        Assert.SkipUnless(File.Exists(RealGazetteer.TwinningsFile), $"The twinnings file is not at {RealGazetteer.TwinningsFile}.");
        await using var db = await RealGazetteer.OpenAsync(app);
        var file = SpreadsheetReader.ParseCsv(await File.ReadAllTextAsync(RealGazetteer.TwinningsFile, TestContext.Current.CancellationToken), ',');
        var header = file[0].Cells.ToList();
        int Column(string name) => header.IndexOf(name);

        int rows = 0, right = 0, wrong = 0, toChoose = 0, refused = 0;
        var report = new List<string>();
        foreach (var (geoNameId, names) in _members)
        {
            var own = await db.Cities.AsNoTracking().SingleAsync(c => c.GeoNameId == geoNameId, TestContext.Current.CancellationToken);
            var list = file.Skip(1).Where(r => r.Cells.Count >= 8)
                .SelectMany(r => new[] { (Own: r.Cells[Column("city1")], OwnCountry: r.Cells[Column("country1")], Partner: 4), (Own: r.Cells[Column("city2")], OwnCountry: r.Cells[Column("country2")], Partner: 0) }
                    .Where(side => names.Contains(side.Own) && side.OwnCountry == "Germany")
                    .Select(side => (Name: r.Cells[side.Partner], Country: r.Cells[side.Partner + 1], Lat: r.Cells[side.Partner + 2], Lng: r.Cells[side.Partner + 3])))
                .Distinct()
                .ToList();
            var importRows = list.Select((p, i) => new ImportRow(i + 2, new Dictionary<ImportColumn, string>
            {
                [ImportColumn.PartnerCity] = p.Name,
                [ImportColumn.PartnerCountry] = p.Country,
            })).ToList();

            var checkedRows = await ImportCheck.RunAsync(db, own.Id, importRows, ImportDecisions.None, DateTime.UtcNow, TestContext.Current.CancellationToken);

            foreach (var (row, partner) in checkedRows.Zip(list))
            {
                rows++;
                if (row.Partner is null)
                {
                    (row.Candidates.Count > 0 ? ref toChoose : ref refused)++;
                    report.Add($"{own.Name}: {partner.Name} ({partner.Country}) {(row.Candidates.Count > 0 ? $"to choose among {row.Candidates.Count}" : "refused")}");
                    continue;
                }

                var distance = double.TryParse(partner.Lat, System.Globalization.CultureInfo.InvariantCulture, out var lat)
                    && double.TryParse(partner.Lng, System.Globalization.CultureInfo.InvariantCulture, out var lng)
                    ? GeoDistance.Kilometres(lat, lng, row.Partner.Latitude!.Value, row.Partner.Longitude!.Value)
                    : (double?)null;
                if (_wrongCoordinatesInFile.TryGetValue((partner.Name, partner.Country), out var country)
                    ? row.Partner.CountryCode != country
                    : distance > WrongKm)
                {
                    wrong++;
                    report.Add($"{own.Name}: {partner.Name} ({partner.Country}) WRONG: {row.Partner.Name}, {row.Partner.Region} ({distance:0} km, {row.Decision})");
                }
                else
                {
                    right++;
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{rows} rows: {right} right, {wrong} wrong, {toChoose} to choose, {refused} refused");
        foreach (var line in report)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        Assert.True(rows > 150, $"Only {rows} rows were found for the twelve cities.");
        Assert.True(wrong == 0, string.Join("\n", report.Where(r => r.Contains("WRONG", StringComparison.Ordinal))));
        Assert.True(right >= rows * 0.95, $"{right} of {rows} rows matched without editing:\n" + string.Join("\n", report));
    }

    [Fact]
    public async Task Namesakes_are_told_apart_by_the_region_written_in_the_file_or_offered_to_choose_never_taken_silently()
    {
        await using var db = await RealGazetteer.OpenAsync(app);
        var own = await db.Cities.AsNoTracking().SingleAsync(c => c.GeoNameId == 2934246, TestContext.Current.CancellationToken);
        var sheet = SpreadsheetReader.ParseCsv("""
            Partnerstadt;Land;Bundesland
            Springfield, Illinois;USA;
            Springfield (Missouri);Vereinigte Staaten;
            Springfield;US;Illinois
            Springfield;United States;
            Antwerp;Belgien;
            Newcastle;Northern Ireland;
            """, ';');
        var rows = ImportSheet.Rows(sheet, ImportSheet.Recognise(sheet[0].Cells));

        var result = await ImportCheck.RunAsync(db, own.Id, rows, ImportDecisions.None, DateTime.UtcNow, TestContext.Current.CancellationToken);

        Assert.Equal(("Springfield", "Illinois", PartnerDecision.Region), (result[0].Partner?.Name, result[0].Partner?.Region, result[0].Decision));
        Assert.Equal(("Springfield", "Missouri"), (result[1].Partner?.Name, result[1].Partner?.Region));
        Assert.Equal("Illinois", result[2].Partner?.Region);
        Assert.Equal(RowOutcome.NeedsChoice, result[3].Outcome);
        Assert.Contains(result[3].Candidates, c => c.Region == "Illinois");
        Assert.Contains(result[3].Candidates, c => c.Region == "Missouri");
        Assert.Equal(("Antwerpen", "BE"), (result[4].Partner?.Name, result[4].Partner?.CountryCode));
        Assert.Equal("Northern Ireland", result[5].Partner?.Region);
    }
}
