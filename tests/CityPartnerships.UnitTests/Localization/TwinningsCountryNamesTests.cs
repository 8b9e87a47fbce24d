using CityPartnerships.UnitTests.Resources;
using CityPartnerships.Web.Localization;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.UnitTests.Localization;

/// <summary>
/// The country names of the real Wikipedia twin-town file (../shared/data/twinnings, next to the repository), as a
/// new user's spreadsheet carries them: each must be found, apart from the few that name no single ISO country.
/// </summary>
public class TwinningsCountryNamesTests
{
    private static readonly string _file = Path.Combine(ResourceFiles.RepositoryRoot, "..", "shared", "data", "twinnings", "twin-cities-wikipedia.csv");

    // Names that do not name one ISO 3166-1 country as written: the import shows an error rather than guess.
    private static readonly string[] _noSingleCountry =
    [
        // The Republic of the Congo or the Democratic Republic of the Congo: the source gives the name to both.
        "Congo",
        // Recognised only by Turkey; ISO 3166-1 counts it as part of Cyprus.
        "Northern Cyprus",
        // Typos of the file ("Greece", "Kazakhstan"): guessing spellings could turn one country into another.
        "Grece",
        "Kazakhstah",
        // A fragment of a sentence that slipped into the country column.
        "in Italy",
    ];

    [Fact]
    public void Every_country_name_of_the_wikipedia_twinnings_file_is_found_except_the_ones_that_name_no_iso_country()
    {
        Assert.SkipUnless(File.Exists(_file), $"The twinnings file is not at {_file}.");
        var sheet = SpreadsheetReader.ParseCsv(File.ReadAllText(_file), ',');
        var header = sheet[0].Cells;
        int[] columns = [header.ToList().IndexOf("country1"), header.ToList().IndexOf("country2")];
        var names = sheet.Skip(1)
            .SelectMany(row => columns.Where(c => c < row.Cells.Count).Select(c => row.Cells[c].Trim()))
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

        var unmapped = names.Where(name => CountryLookup.Find(name) is null).Order(StringComparer.Ordinal).ToList();

        Assert.True(names.Count > 200, $"Only {names.Count} distinct names were read.");
        Assert.True(unmapped.SequenceEqual(_noSingleCountry.Order(StringComparer.Ordinal)),
            $"{unmapped.Count} of {names.Count} names are not found: {string.Join(" | ", unmapped)}");
    }
}
