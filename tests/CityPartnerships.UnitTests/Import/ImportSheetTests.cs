using System.Xml.Linq;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Pages.Partnerships.Import;

namespace CityPartnerships.UnitTests.Import;

public class ImportSheetTests
{
    [Theory]
    [InlineData("Partner city", ImportColumn.PartnerCity)]
    [InlineData("  PARTNERSTADT ", ImportColumn.PartnerCity)]
    [InlineData("Partner   City*", ImportColumn.PartnerCity)]
    [InlineData("Partnerland", ImportColumn.PartnerCountry)]
    [InlineData("art", ImportColumn.Kind)]
    [InlineData("Signed / started on", ImportColumn.StartedOn)]
    [InlineData("Begonnen am:", ImportColumn.StartedOn)]
    [InlineData("Enddatum", ImportColumn.EndedOn)]
    [InlineData("Handlungsfelder", ImportColumn.ActionAreas)]
    public void Headers_are_found_in_english_or_german_in_any_case(string header, ImportColumn expected)
    {
        Assert.Equal(expected, ImportSheet.ColumnFor(header));
    }

    [Theory]
    [InlineData("Land", ImportColumn.PartnerCountry)]
    [InlineData("Country", ImportColumn.PartnerCountry)]
    [InlineData("Staat", ImportColumn.PartnerCountry)]
    [InlineData("Partner country", ImportColumn.PartnerCountry)]
    [InlineData("City", ImportColumn.PartnerCity)]
    [InlineData("Stadt", ImportColumn.PartnerCity)]
    [InlineData("Town", ImportColumn.PartnerCity)]
    [InlineData("Partner town", ImportColumn.PartnerCity)]
    [InlineData("Twin town", ImportColumn.PartnerCity)]
    [InlineData("Sister city", ImportColumn.PartnerCity)]
    [InlineData("Partnerstadt", ImportColumn.PartnerCity)]
    [InlineData("Partner", ImportColumn.PartnerCity)]
    [InlineData("Seit", ImportColumn.StartedOn)]
    [InlineData("Since", ImportColumn.StartedOn)]
    [InlineData("Year", ImportColumn.StartedOn)]
    [InlineData("Jahr", ImportColumn.StartedOn)]
    [InlineData("Gründungsjahr", ImportColumn.StartedOn)]
    [InlineData("Beginn", ImportColumn.StartedOn)]
    public void Headers_are_found_as_people_write_them(string header, ImportColumn expected)
    {
        Assert.Equal(expected, ImportSheet.ColumnFor(header));
    }

    [Fact]
    public void A_general_header_is_the_partner_column_when_no_other_header_names_it()
    {
        var rows = Read([new(1, ["Stadt", "Land", "Art", "Status", "Jahr"]), new(2, ["Lyon", "Frankreich", "Sister city", "aktiv", "1988"])], out var ignored);

        Assert.Empty(ignored);
        Assert.Equal("Lyon", rows[0][ImportColumn.PartnerCity]);
        Assert.Equal("Frankreich", rows[0][ImportColumn.PartnerCountry]);
        Assert.Equal("1988", rows[0][ImportColumn.StartedOn]);
    }

    [Theory]
    [InlineData("City", "Partner city", "City")]
    [InlineData("Partnerstadt", "Stadt", "Stadt")]
    [InlineData("Town", "Twin town", "Town")]
    public void Beside_a_specific_partner_column_a_general_city_header_is_the_own_city(string first, string second, string general)
    {
        var rows = Read([new(1, [first, second]), new(2, [$"{first} value", $"{second} value"])], out var ignored);

        Assert.Empty(ignored);
        Assert.Equal($"{(general == first ? second : first)} value", rows[0][ImportColumn.PartnerCity]);
        Assert.Equal($"{general} value", rows[0][ImportColumn.OwnCity]);
    }

    [Fact]
    public void A_general_country_header_beside_an_own_city_column_is_ignored_rather_than_guessed()
    {
        var rows = Read([new(1, ["Stadt", "Land", "Partnerstadt"]), new(2, ["Bonn", "Deutschland", "Lyon"])], out var ignored);

        Assert.Equal(["Land"], ignored);
        Assert.Equal("Bonn", rows[0][ImportColumn.OwnCity]);
        Assert.Equal("Lyon", rows[0][ImportColumn.PartnerCity]);
        Assert.Equal(string.Empty, rows[0][ImportColumn.PartnerCountry]);
    }

    [Fact]
    public void Specific_headers_win_over_general_ones_for_every_column()
    {
        var rows = Read([new(1, ["Country", "Partner", "Partnerland", "Year", "Start date"]), new(2, ["Germany", "Lyon", "France", "1990", "1990-05-01"])], out var ignored);

        Assert.Equal(["Country", "Year"], ignored);
        Assert.Equal("France", rows[0][ImportColumn.PartnerCountry]);
        Assert.Equal("1990-05-01", rows[0][ImportColumn.StartedOn]);
    }

    [Fact]
    public void Of_two_headers_for_one_column_the_second_is_left_for_the_user_to_map()
    {
        IReadOnlyList<string> headers = ["City", "Town"];

        var mapping = ImportSheet.Recognise(headers);

        Assert.Equal([ImportColumn.PartnerCity, null], mapping);
        Assert.Equal(["Town"], ImportSheet.Unused(headers, mapping));
        Assert.True(ImportSheet.NeedsReview(headers, mapping));
    }

    [Theory]
    [InlineData("ID")]
    [InlineData("Partner city name please")]
    public void Other_headers_are_not_import_columns(string header)
    {
        Assert.Null(ImportSheet.ColumnFor(header));
    }

    [Fact]
    public void Rows_carry_their_number_and_the_values_of_known_columns_only()
    {
        IReadOnlyList<SheetRow> sheet =
        [
            new(1, ["ID", "Partnerstadt", "Art", "Notes"]),
            new(3, ["7", "Lyon", "Kontakt", "x"]),
            new(4, ["8", "Nice"]),
        ];

        var rows = Read(sheet, out var ignored);

        Assert.Equal(["ID", "Notes"], ignored);
        Assert.Equal(3, rows[0].Number);
        Assert.Equal("Lyon", rows[0][ImportColumn.PartnerCity]);
        Assert.Equal("Kontakt", rows[0][ImportColumn.Kind]);
        Assert.Equal("Nice", rows[1][ImportColumn.PartnerCity]);
        Assert.Equal(string.Empty, rows[1][ImportColumn.Kind]);
    }

    [Fact]
    public void A_mapping_without_the_partner_column_or_with_a_column_twice_has_problems_that_name_the_headers()
    {
        IReadOnlyList<string> headers = ["Kommune", "Art", "Typ"];

        var problems = ImportSheet.Problems(headers, [null, ImportColumn.Kind, ImportColumn.Kind]);

        Assert.Equal(2, problems.Count);
        Assert.True(problems[0].IsMissing);
        Assert.Equal(ImportColumn.PartnerCity, problems[0].Column);
        Assert.Equal(ImportColumn.Kind, problems[1].Column);
        Assert.Equal(["Art", "Typ"], problems[1].Headers);
        Assert.Throws<ArgumentException>(() => ImportSheet.Rows([new(1, headers), new(2, ["Lyon", "x", "y"])], [null, ImportColumn.Kind, ImportColumn.Kind]));
    }

    [Fact]
    public void A_header_the_import_does_not_know_is_shown_to_the_user_but_the_portals_own_extra_columns_are_not()
    {
        IReadOnlyList<string> unknown = ["Partnerstadt", "Nation"];
        IReadOnlyList<string> skippedFile = ["Partnerstadt", "Partnerland", "Ergebnis"];
        IReadOnlyList<string> export = ["ID", "Partner city", "Last confirmed"];
        IReadOnlyList<string> known = ["Partner city", "Partner country", "Kind"];

        Assert.True(ImportSheet.NeedsReview(unknown, ImportSheet.Recognise(unknown)));
        Assert.False(ImportSheet.NeedsReview(skippedFile, ImportSheet.Recognise(skippedFile)));
        Assert.Equal(["Ergebnis"], ImportSheet.Unused(skippedFile, ImportSheet.Recognise(skippedFile)));
        Assert.False(ImportSheet.NeedsReview(known, ImportSheet.Recognise(known)));
        Assert.False(ImportSheet.NeedsReview(export, ImportSheet.Recognise(export)));
    }

    [Fact]
    public void A_column_the_user_maps_is_read_like_a_recognised_one()
    {
        IReadOnlyList<SheetRow> sheet = [new(1, ["Kommune", "Nation", "Notiz"]), new(2, [" Antwerpen ", "Belgien", "x"]), new(3, ["Lyon", "", "y"])];

        var rows = ImportSheet.Rows(sheet, [ImportColumn.PartnerCity, ImportColumn.PartnerCountry, null]);

        Assert.Equal("Antwerpen", rows[0][ImportColumn.PartnerCity]);
        Assert.Equal("Belgien", rows[0][ImportColumn.PartnerCountry]);
        Assert.False(rows[1].Values.ContainsKey(ImportColumn.PartnerCountry));
        Assert.Equal([ImportColumn.PartnerCity, ImportColumn.PartnerCountry], rows[0].Values.Keys.Order());
    }

    [Theory]
    [InlineData("ProjectPartnership", PartnershipKind.ProjectPartnership)]
    [InlineData("project partnership", PartnershipKind.ProjectPartnership)]
    [InlineData("Project-Partnership", PartnershipKind.ProjectPartnership)]
    [InlineData("TWINNING", PartnershipKind.Twinning)]
    [InlineData("Städtepartnerschaft", PartnershipKind.Twinning)]
    [InlineData("Kontakt", PartnershipKind.Contact)]
    public void Kinds_are_read_by_name_or_label(string text, PartnershipKind expected)
    {
        Assert.True(ImportSheet.TryParseKind(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("Sister city", PartnershipKind.Twinning)]
    [InlineData("Sister cities", PartnershipKind.Twinning)]
    [InlineData("Twin town", PartnershipKind.Twinning)]
    [InlineData("Twin city", PartnershipKind.Twinning)]
    [InlineData("Twinning", PartnershipKind.Twinning)]
    [InlineData("Partnerstadt", PartnershipKind.Twinning)]
    [InlineData("Städtepartnerschaft", PartnershipKind.Twinning)]
    [InlineData("Partnership", PartnershipKind.Twinning)]
    [InlineData("Friendship", PartnershipKind.Friendship)]
    [InlineData("Freundschaftsvertrag", PartnershipKind.Friendship)]
    [InlineData("Friendship city", PartnershipKind.Friendship)]
    [InlineData("Kontakt", PartnershipKind.Contact)]
    [InlineData("Project partnership", PartnershipKind.ProjectPartnership)]
    public void Kinds_are_read_as_people_write_them(string text, PartnershipKind expected)
    {
        Assert.True(ImportSheet.TryParseKind(text, out var kind));
        Assert.Equal(expected, kind);
    }

    // The portal counts climate partnerships apart from twinnings and project partnerships: no kind fits.
    [Fact]
    public void A_climate_partnership_is_not_made_into_another_kind()
    {
        Assert.False(ImportSheet.TryParseKind("Climate partnership", out _));
    }

    [Theory]
    [InlineData("aktiv", PartnershipStatus.Active)]
    [InlineData("active", PartnershipStatus.Active)]
    [InlineData("Current", PartnershipStatus.Active)]
    [InlineData("ruhend", PartnershipStatus.Dormant)]
    [InlineData("dormant", PartnershipStatus.Dormant)]
    [InlineData("inactive", PartnershipStatus.Dormant)]
    [InlineData("geplant", PartnershipStatus.Proposed)]
    [InlineData("planned", PartnershipStatus.Proposed)]
    [InlineData("proposed", PartnershipStatus.Proposed)]
    [InlineData("beendet", PartnershipStatus.Ended)]
    [InlineData("ended", PartnershipStatus.Ended)]
    [InlineData("aufgelöst", PartnershipStatus.Ended)]
    [InlineData("Aufgelöst", PartnershipStatus.Ended)]
    [InlineData("terminated", PartnershipStatus.Ended)]
    public void Statuses_are_read_as_people_write_them(string text, PartnershipStatus expected)
    {
        Assert.True(ImportSheet.TryParseStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Sisterhood")]
    [InlineData("")]
    public void Numbers_and_unknown_words_are_no_kind_or_status(string text)
    {
        Assert.False(ImportSheet.TryParseKind(text, out _));
        Assert.False(ImportSheet.TryParseStatus(text, out _));
    }

    [Fact]
    public void Action_areas_are_split_at_semicolons_without_repeats()
    {
        Assert.Equal(["Economic prosperity", "Knowledge exchange"],
            ImportSheet.SplitAreas(" Economic prosperity ;Knowledge exchange;; economic prosperity"));
        Assert.Empty(ImportSheet.SplitAreas(string.Empty));
    }

    public static TheoryData<string> Languages => ["SharedResource.resx", "SharedResource.de.resx"];

    // The template and the portal's labels are what people copy into their files, in both languages.
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_column_kind_and_status_label_of_the_portal_is_understood(string resourceFile)
    {
        var strings = LoadResources(resourceFile);

        Assert.All(Enum.GetValues<ImportColumn>(), column => Assert.Equal(column, ImportSheet.ColumnFor(strings[$"Import.Column.{column}"])));
        Assert.All(Enum.GetValues<PartnershipKind>(), kind =>
        {
            Assert.True(ImportSheet.TryParseKind(strings[$"PartnershipKind.{kind}"], out var read));
            Assert.Equal(kind, read);
        });
        Assert.All(Enum.GetValues<PartnershipStatus>(), status =>
        {
            Assert.True(ImportSheet.TryParseStatus(strings[$"PartnershipStatus.{status}"], out var read));
            Assert.Equal(status, read);
        });
    }

    private static Dictionary<string, string> LoadResources(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CityPartnerships.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "src", "CityPartnerships.Web", "Resources", fileName);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyList<ImportRow> Read(IReadOnlyList<SheetRow> sheet, out IReadOnlyList<string> unused)
    {
        var mapping = ImportSheet.Recognise(sheet[0].Cells);
        unused = ImportSheet.Unused(sheet[0].Cells, mapping);
        return ImportSheet.Rows(sheet, mapping);
    }
}
