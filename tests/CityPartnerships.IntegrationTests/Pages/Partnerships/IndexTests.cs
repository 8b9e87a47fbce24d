using System.Net;
using System.Text;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Tests.Pages.Climate;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class IndexTests(PortalApp app)
{
    [Theory]
    [InlineData("Düsseldorf", "Dusseldorf")]
    [InlineData("São Paulo", "Sao Paulo")]
    [InlineData("Kraków", "krakow")]
    [InlineData("Gießen", "Giessen")]
    [InlineData("Garðabær", "Gardabaer")]
    [InlineData("Łódź", "LODZ")]
    [InlineData("Київ", "київ")]
    public async Task Search_ignores_accents_and_case(string realName, string typed)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var city = await app.InsertCityAsync($"{realName} {suffix}");
        var partner = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(city.Id, partner.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString($"{typed} {suffix}")}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains($"{realName} {suffix}", row.TextContent);
    }

    [Fact]
    public async Task The_list_finds_a_partner_by_its_german_name_and_a_city_by_its_regions_german_name()
    {
        var (bavarian, warsaw) = await app.WithDbAsync(async db =>
        {
            var inBavaria = new Domain.Cities.City(Unique.Name("Stadt"), "DE", "Bavaria", 48.1, 11.6, 1_500_000, true);
            var polish = new Domain.Cities.City(Unique.Name("Warszawa"), "PL", "Masovia", 52.23, 21.01, 1_800_000);
            db.Cities.AddRange(inBavaria, polish);
            await db.SaveChangesAsync();
            db.CityNames.Add(new Domain.Cities.CityName(polish.Id, "de", polish.Name.Replace("Warszawa", "Warschau", StringComparison.Ordinal)));
            await db.SaveChangesAsync();
            return (inBavaria, polish);
        });
        var partnership = await app.InsertPartnershipAsync(bavarian.Id, warsaw.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice), "de");
        var germanName = warsaw.Name.Replace("Warszawa", "Warschau", StringComparison.Ordinal);

        var byName = await client.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(germanName)}");
        var byRegion = await client.GetDocumentAsync($"/Partnerships?region=Bayern&q={Uri.EscapeDataString(bavarian.Name)}");

        Assert.Equal($"/Partnerships/Details/{partnership.Id}", Assert.Single(byName.QuerySelectorAll("tbody tr")).QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal($"/Partnerships/Details/{partnership.Id}", Assert.Single(byRegion.QuerySelectorAll("tbody tr")).QuerySelector("a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/Partnerships", "en", "found by the name “{0}”")]
    [InlineData("/Directory", "de", "gefunden über den Namen „{0}“")]
    public async Task A_row_found_only_by_another_name_says_which_name_it_was_found_by(string list, string language, string note)
    {
        // The row must not look like a wrong match.
        var (marker, cologne, kyoto, otherName) = await CologneKnownAsKyolnAndKyotoAsync();
        var partner = await app.InsertCityAsync(Unique.Name("Partner"), member: false, country: "BR");
        await app.InsertPartnershipAsync(cologne.Id, partner.Id);
        await app.InsertPartnershipAsync(kyoto.Id, partner.Id);
        var client = list == "/Directory"
            ? app.CreateClient(language)
            : await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice), language);

        var page = await client.GetDocumentAsync($"{list}?q={marker}");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        var cologneRow = Assert.Single(rows, r => r.TextContent.Contains(cologne.Name, StringComparison.Ordinal));
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, note, otherName), cologneRow.QuerySelector("td")!.TextContent);
        // Kyoto was found by the name it shows: nothing to explain.
        var kyotoRow = Assert.Single(rows, r => r.TextContent.Contains(kyoto.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(otherName, kyotoRow.TextContent);
        Assert.DoesNotContain(note[..8], kyotoRow.TextContent);
    }

    [Theory]
    [InlineData("/Climate", Roles.MayorsOffice)]
    [InlineData("/Admin/Cities?scope=all", Roles.AssociationAdmin)]
    public async Task A_city_list_says_which_other_name_a_city_was_found_by(string list, string role)
    {
        var (marker, cologne, kyoto, otherName) = await CologneKnownAsKyolnAndKyotoAsync();
        foreach (var city in new[] { cologne, kyoto })
        {
            await app.InsertClimateAsync(city.Id, Domain.Climate.ClimatePeriod.Today, new Domain.Climate.ClimateIndicators(10, 20, 0, 500, 50));
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role), "en");

        var page = await client.GetDocumentAsync($"{list}{(list.Contains('?', StringComparison.Ordinal) ? '&' : '?')}q={marker}");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        var cologneRow = Assert.Single(rows, r => r.TextContent.Contains(cologne.Name, StringComparison.Ordinal));
        Assert.Contains($"found by the name “{otherName}”", cologneRow.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("found by the name", Assert.Single(rows, r => r.TextContent.Contains(kyoto.Name, StringComparison.Ordinal)).TextContent,
            StringComparison.Ordinal);
    }

    /// <summary>
    /// Two cities a search for the returned marker finds: Kyoto by the name it shows, Köln only through its other
    /// name "Kyoln …" (as "Ky" finds the real Köln through its Uzbek name).
    /// </summary>
    private async Task<(string Marker, Domain.Cities.City Cologne, Domain.Cities.City Kyoto, string OtherName)> CologneKnownAsKyolnAndKyotoAsync()
    {
        var marker = "Y" + Guid.NewGuid().ToString("N")[..8];
        var cologne = await app.InsertCityAsync($"Köln {Guid.NewGuid():N}");
        var kyoto = await app.InsertCityAsync($"Kyoto {marker}", country: "JP");
        var otherName = $"Kyoln {marker}";
        await app.WithDbAsync(db =>
        {
            db.CityNames.Add(new Domain.Cities.CityName(cologne.Id, "uz", otherName));
            return db.SaveChangesAsync();
        });
        return (marker, cologne, kyoto, otherName);
    }

    [Fact]
    public async Task Filters_combine_and_stay_in_the_address()
    {
        var region = "Region " + Guid.NewGuid().ToString("N")[..8];
        var german = await app.WithDbAsync(async db =>
        {
            var city = new Domain.Cities.City(Unique.Name("Stadt"), "DE", region, null, null, 100_000, true);
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });
        var zambian = await app.InsertCityAsync(country: "ZM");
        var french = await app.InsertCityAsync(country: "FR");
        var match = await app.InsertPartnershipAsync(german.Id, zambian.Id, PartnershipKind.ProjectPartnership, areas: "Climate action and environmental protection");
        await app.InsertPartnershipAsync(german.Id, french.Id, PartnershipKind.ProjectPartnership, areas: "Climate action and environmental protection");
        await app.InsertPartnershipAsync(german.Id, await NewCityIdAsync("ZM"), PartnershipKind.Twinning, areas: "Climate action and environmental protection");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var climate = await app.WithDbAsync(db => Task.FromResult(db.ActionAreas.Single(a => a.Name == "Climate action and environmental protection").Id));

        var url = $"/Partnerships?region={Uri.EscapeDataString(region)}&kind=ProjectPartnership&area={climate}&south=true";
        var page = await client.GetDocumentAsync(url);

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains(zambian.Name, row.TextContent);
        Assert.Equal($"/Partnerships/Details/{match.Id}", row.QuerySelector("a")?.GetAttribute("href"));
        // The form shows the filters that are in force, so the user sees why the list is short.
        Assert.Equal(region, page.QuerySelector("#region")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#kind option[value=ProjectPartnership][selected]"));
        Assert.NotNull(page.QuerySelector("#south[checked]"));
    }

    [Fact]
    public async Task Network_filter_finds_partnerships_of_member_cities_on_either_side()
    {
        var member = await app.InsertCityAsync();
        var other = await app.InsertCityAsync();
        var iclei = await app.WithDbAsync(async db =>
        {
            var network = await db.Networks.SingleAsync(n => n.Acronym == "ICLEI");
            var city = await db.Cities.SingleAsync(c => c.Id == member.Id);
            city.SetNetworks([network]);
            await db.SaveChangesAsync();
            return network.Id;
        });
        var viaPartner = await app.InsertPartnershipAsync(other.Id, member.Id);
        await app.InsertPartnershipAsync(other.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships?network={iclei}&q={Uri.EscapeDataString(other.Name)}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal($"/Partnerships/Details/{viaPartner.Id}", row.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Country_and_Global_South_filters_follow_a_city_whose_country_is_corrected()
    {
        var misfiled = await app.InsertCityAsync(Unique.Name("Lusaka"), country: "DE");
        var partnership = await app.InsertPartnershipAsync((await app.InsertCityAsync(country: "FR")).Id, misfiled.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));
        var search = $"/Partnerships?q={Uri.EscapeDataString(misfiled.Name)}";

        Assert.Empty((await client.GetDocumentAsync(search + "&country=ZM")).QuerySelectorAll("tbody tr"));
        Assert.Empty((await client.GetDocumentAsync(search + "&south=true")).QuerySelectorAll("tbody tr"));

        await app.WithDbAsync(async db =>
        {
            var city = await db.Cities.SingleAsync(c => c.Id == misfiled.Id);
            city.UpdateDetails(city.Name, "ZM", city.Region, city.Latitude, city.Longitude, city.Population, city.IsAssociationMember);
            return await db.SaveChangesAsync();
        });

        var byCountry = await client.GetDocumentAsync(search + "&country=ZM");
        var bySouth = await client.GetDocumentAsync(search + "&south=true");
        Assert.Equal($"/Partnerships/Details/{partnership.Id}", Assert.Single(byCountry.QuerySelectorAll("tbody tr")).QuerySelector("a")?.GetAttribute("href"));
        Assert.Single(bySouth.QuerySelectorAll("tbody tr"));
        Assert.Empty((await client.GetDocumentAsync(search + "&country=DE")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Region_filter_ignores_accents_and_finds_either_side()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var parisian = await app.WithDbAsync(async db =>
        {
            var city = new Domain.Cities.City(Unique.Name("Ville"), "FR", $"Île-de-France {suffix}", null, null, null, false);
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });
        var partnership = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, parisian.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships?region={Uri.EscapeDataString($"ile-de-FRANCE {suffix}")}");

        Assert.Equal($"/Partnerships/Details/{partnership.Id}", Assert.Single(page.QuerySelectorAll("tbody tr")).QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task In_german_the_action_areas_have_their_german_names_in_the_filter_and_on_the_details()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, areas: "Migration and displacement");
        var german = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "de");
        var english = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var list = await german.GetDocumentAsync("/Partnerships");
        var details = await german.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        var englishDetails = await english.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        var options = list.QuerySelectorAll("#area option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Klima- und Umweltschutz", options);
        Assert.Contains("Wissensaustausch", options);
        Assert.DoesNotContain("Knowledge exchange", options);
        Assert.Contains("Migration und Flucht", details.Body!.TextContent);
        Assert.Contains("Migration and displacement", englishDetails.Body!.TextContent);
        Assert.DoesNotContain("Migration und Flucht", englishDetails.Body!.TextContent);
    }

    [Fact]
    public async Task No_match_says_so_and_offers_to_clear_the_filters()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));

        var page = await client.GetDocumentAsync($"/Partnerships?q=nothing-called-{Guid.NewGuid():N}");

        Assert.Contains("No partnerships match these filters.", page.QuerySelector("[data-testid=partnerships-empty]")?.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=partnerships-empty] a[href='/Partnerships']"));
    }

    [Fact]
    public async Task Two_letters_find_the_cities_whose_name_starts_with_them_not_every_name_that_holds_them()
    {
        // Glagolitic letters: no other test's city starts with them.
        var letters = "ⰀⰁ";
        var starting = await app.InsertCityAsync(Unique.Name($"{letters} Stadt"));
        var holding = await app.InsertCityAsync(Unique.Name($"Stadt {letters}"));
        await app.InsertPartnershipAsync(starting.Id, (await app.InsertCityAsync()).Id);
        await app.InsertPartnershipAsync(holding.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(letters)}");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(starting.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(holding.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_with_umlauts_and_accents_sort_beside_their_letter_not_after_z()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        foreach (var name in new[] { "Zwickau", "Öhringen", "Łódź", "Oberhausen", "lübeck", "Aachen" })
        {
            var city = await app.InsertCityAsync($"{name} {suffix}");
            await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync()).Id);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice), "de");

        var page = await client.GetDocumentAsync($"/Partnerships?q={suffix}&sort=city");

        var names = page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Replace($" {suffix}", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Aachen", "Łódź", "lübeck", "Oberhausen", "Öhringen", "Zwickau"], names);
    }

    [Fact]
    public async Task Wildcard_characters_typed_in_the_search_are_taken_literally()
    {
        var literal = await app.InsertCityAsync(Unique.Name("Ort_100%"));
        var lookAlike = await app.InsertCityAsync(literal.Name.Replace('_', 'x').Replace('%', 'y'));
        await app.InsertPartnershipAsync(literal.Id, (await app.InsertCityAsync()).Id);
        await app.InsertPartnershipAsync(lookAlike.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(literal.Name)}");

        Assert.Contains(literal.Name, Assert.Single(page.QuerySelectorAll("tbody tr")).TextContent);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("%%")]
    public async Task A_search_without_any_letter_finds_nothing_and_says_so(string typed)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync($"/Partnerships?q={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ToDocumentAsync()).QuerySelector("[data-testid=partnerships-empty]"));
    }

    [Fact]
    public async Task A_nul_character_in_a_search_field_is_dropped_instead_of_failing()
    {
        var city = await app.InsertCityAsync(Unique.Name("Nulltown"));
        await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync($"/Partnerships?q={Uri.EscapeDataString(city.Name)}%00&region=%00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(city.Name, Assert.Single((await response.ToDocumentAsync()).QuerySelectorAll("tbody tr")).TextContent);
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored_instead_of_failing()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync("/Partnerships?kind=Nonsense&status=42x&area=abc&p=-5&sort=drop%20table&desc=maybe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sorting_by_partner_descending_and_paging_work_together()
    {
        var own = await app.InsertCityAsync();
        for (var i = 0; i < 27; i++)
        {
            var partner = await app.InsertCityAsync($"Partner {i:00} {Guid.NewGuid():N}"[..20]);
            await app.InsertPartnershipAsync(own.Id, partner.Id);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var first = await client.GetDocumentAsync("/Partnerships?mine=true&sort=partner&desc=true");
        var second = await client.GetDocumentAsync("/Partnerships?mine=true&sort=partner&desc=true&p=2");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith("Partner 26", first.QuerySelector("tbody tr td:nth-child(2)")?.TextContent.Trim());
        Assert.Equal(2, second.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith("Partner 00", second.QuerySelectorAll("tbody tr td:nth-child(2)")[^1].TextContent.Trim());
        Assert.Contains("Page 2 of 2 (27 entries)", second.Body!.TextContent);
        // A step that goes nowhere is text, not a link.
        Assert.Equal(["Next"], first.QuerySelectorAll("nav .pagination a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Previous", first.QuerySelector("nav .pagination span[aria-disabled=true]")?.TextContent.Trim());
        Assert.Equal(["Previous"], second.QuerySelectorAll("nav .pagination a").Select(a => a.TextContent.Trim()));
        // The pager keeps the filters and the sort order.
        var previous = second.QuerySelector("nav .pagination a")?.GetAttribute("href");
        Assert.Contains("mine=true", previous);
        Assert.Contains("sort=partner", previous);
        Assert.Contains("desc=true", previous);
    }

    [Theory]
    [InlineData(false, "2001,2010,–")]
    [InlineData(true, "2010,2001,–")]
    public async Task Sorting_by_start_year_puts_partnerships_without_a_date_last_in_both_directions(bool descending, string expectedYears)
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, startedOn: new DateOnly(2010, 5, 1));
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, startedOn: new DateOnly(2001, 3, 1));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await client.GetDocumentAsync($"/Partnerships?mine=true&sort=since{(descending ? "&desc=true" : "")}");

        var years = page.QuerySelectorAll("tbody tr td:nth-child(5)").Select(cell => cell.TextContent.Trim());
        Assert.Equal(expectedYears, string.Join(',', years));
    }

    [Theory]
    [InlineData("kind", 3, "Städtepartnerschaft,Städtefreundschaft,Kontakt,Projektpartnerschaft")]
    [InlineData("status", 4, "Geplant,Aktiv,Ruhend,Beendet")]
    public async Task Kinds_and_statuses_sort_in_the_order_the_forms_list_them_not_by_their_stored_english_names(string sort, int column, string expected)
    {
        var own = await app.InsertCityAsync();
        var kinds = new[] { PartnershipKind.Contact, PartnershipKind.ProjectPartnership, PartnershipKind.Twinning, PartnershipKind.Friendship };
        var statuses = new[] { PartnershipStatus.Ended, PartnershipStatus.Active, PartnershipStatus.Proposed, PartnershipStatus.Dormant };
        for (var i = 0; i < 4; i++)
        {
            await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, kinds[i], statuses[i]);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "de");

        var ascending = await client.GetDocumentAsync($"/Partnerships?mine=true&sort={sort}");
        var descending = await client.GetDocumentAsync($"/Partnerships?mine=true&sort={sort}&desc=true");

        string Labels(AngleSharp.Dom.IDocument page) =>
            string.Join(',', page.QuerySelectorAll($"tbody tr td:nth-child({column})").Select(cell => cell.TextContent.Trim()));
        Assert.Equal(expected, Labels(ascending));
        Assert.Equal(string.Join(',', expected.Split(',').Reverse()), Labels(descending));
    }

    [Fact]
    public async Task Internal_partnerships_are_listed_only_for_their_cities_and_admins()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var description = Unique.Name("Secret");
        await app.InsertPartnershipAsync(own.Id, partner.Id, isInternal: true, description: description);
        var url = $"/Partnerships?q={Uri.EscapeDataString(own.Name)}";

        async Task<int> RowsFor(string role, int? cityId) =>
            (await (await app.SignedInClientAsync(await app.CreateUserAsync(role, cityId))).GetDocumentAsync(url)).QuerySelectorAll("tbody tr").Length;

        Assert.Equal(1, await RowsFor(Roles.InternationalAffairsStaff, own.Id));
        Assert.Equal(1, await RowsFor(Roles.MayorsOffice, partner.Id));
        Assert.Equal(1, await RowsFor(Roles.AssociationAdmin, null));
        Assert.Equal(0, await RowsFor(Roles.InternationalAffairsStaff, null));
        Assert.Equal(0, await RowsFor(Roles.MayorsOffice, null));
    }

    [Fact]
    public async Task Csv_export_contains_the_filtered_list_and_defuses_formulas()
    {
        var own = await app.InsertCityNamedPastTheRulesAsync("=HYPERLINK(evil) " + Guid.NewGuid().ToString("N")[..6]);
        var partner = await app.InsertCityAsync(country: "TN");
        await app.InsertPartnershipAsync(own.Id, partner.Id, PartnershipKind.Friendship, startedOn: new DateOnly(1999, 3, 4));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync($"/Partnerships?handler=Export&q={Uri.EscapeDataString(own.Name)}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^partnerships-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\n')).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"ID\",\"Own city\",\"Country of the city\",\"GeoNames ID of the city\",\"Partner city\",\"Partner country\",\"Partner region\"", lines[0]);
        Assert.Contains($"\"'{own.Name}\"", lines[1]);
        Assert.Contains("\"Tunisia\"", lines[1]);
        Assert.Contains("\"Friendship\"", lines[1]);
        Assert.Contains("1999-03-04", lines[1]);
    }

    private async Task<int> NewCityIdAsync(string country) => (await app.InsertCityAsync(country: country)).Id;
}
