using CityPartnerships.Domain.Cities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Partnerships;

/// <summary>Partner cities under the name their reader uses: "Warschau" in the German interface, "Warsaw" in the English one.</summary>
public sealed class GermanCityNamesTests(PortalApp app)
{
    [Fact]
    public async Task German_pages_show_a_partners_german_name_and_english_pages_its_own()
    {
        var (home, warsaw, prague, vienna, toulouse) = await InsertPartnersAsync();
        var withWarsaw = await app.InsertPartnershipAsync(home.Id, warsaw.Id);
        foreach (var partner in new[] { prague, vienna, toulouse })
        {
            await app.InsertPartnershipAsync(home.Id, partner.Id);
        }

        var user = await app.CreateUserAsync(Roles.MayorsOffice, home.Id);
        var german = await app.SignedInClientAsync(user, "de");
        var english = await app.SignedInClientAsync(user, "en");

        var germanList = await german.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(home.Name)}&sort=partner");
        var englishList = await english.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(home.Name)}&sort=partner");
        var germanDetails = await german.GetDocumentAsync($"/Partnerships/Details/{withWarsaw.Id}");
        var englishDetails = await english.GetDocumentAsync($"/Partnerships/Details/{withWarsaw.Id}");
        var germanDashboard = await german.GetDocumentAsync("/Dashboard");
        var germanDirectory = await app.CreateClient("de").GetDocumentAsync($"/Directory/City/{home.Id}");
        var englishDirectory = await app.CreateClient("en").GetDocumentAsync($"/Directory/City/{home.Id}");

        // Sorted by the name shown: Wien comes after Warschau in German, Vienna before Warsaw in English.
        Assert.Equal([prague.GermanName!, toulouse.Name, warsaw.GermanName!, vienna.GermanName!], PartnersIn(germanList, prague, vienna, toulouse, warsaw));
        Assert.Equal([prague.Name, toulouse.Name, vienna.Name, warsaw.Name], PartnersIn(englishList, prague, vienna, toulouse, warsaw));
        Assert.Contains(warsaw.GermanName!, germanDetails.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(warsaw.Name, englishDetails.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(warsaw.Name, germanDetails.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(warsaw.GermanName!, germanDashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(warsaw.Name, germanDashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(prague.GermanName!, germanDirectory.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(prague.Name, germanDirectory.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(prague.Name, englishDirectory.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // A member city keeps the name it has in the register, whatever the gazetteer calls it in German.
        Assert.Contains(home.Name, germanDetails.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(home.GermanName!, germanDirectory.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_search_finds_a_city_by_either_name_and_offers_it_under_its_german_name_in_german()
    {
        var (home, warsaw, _, _, _) = await InsertPartnersAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, home.Id), "de");
        var suffix = warsaw.Name["Warsaw ".Length..];

        var byEnglishName = await staff.GetStringAsync($"/Partnerships/Create?handler=Partners&q={Uri.EscapeDataString(warsaw.Name)}");
        var byGermanName = await staff.GetStringAsync($"/Partnerships/Create?handler=Partners&q={Uri.EscapeDataString(warsaw.GermanName!)}");

        Assert.Contains($"\"label\":\"Warschau {suffix} (Warsaw {suffix}), ", byEnglishName, StringComparison.Ordinal);
        Assert.Contains($"\"label\":\"Warschau {suffix}, ", byGermanName, StringComparison.Ordinal);
    }

    private Task<(City Home, City Warsaw, City Prague, City Vienna, City Toulouse)> InsertPartnersAsync() =>
        app.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var home = new City(Unique.Name("Frankfurt am Main"), "DE", "Hesse", 50.11, 8.68, 773_000, isAssociationMember: true);
            home.NameInGerman(Unique.Name("Frankfurt"));
            var warsaw = new City($"Warsaw {suffix}", "PL", "Masovia", 52.23, 21.01, 1_800_000);
            warsaw.NameInGerman($"Warschau {suffix}");
            var prague = new City($"Prague {suffix}", "CZ", "Prague", 50.09, 14.42, 1_300_000);
            prague.NameInGerman($"Prag {suffix}");
            var vienna = new City($"Vienna {suffix}", "AT", "Vienna", 48.21, 16.37, 1_900_000);
            vienna.NameInGerman($"Wien {suffix}");
            var toulouse = new City($"Toulouse {suffix}", "FR", "Occitanie", 43.6, 1.44, 430_000);
            db.Cities.AddRange(home, warsaw, prague, vienna, toulouse);
            await db.SaveChangesAsync();
            // As the gazetteer import leaves them: the German name is also one of the city's other names.
            db.CityNames.AddRange(new[] { home, warsaw, prague, vienna }.Select(c => new CityName(c.Id, "de", c.GermanName!)));
            await db.SaveChangesAsync();
            return (home, warsaw, prague, vienna, toulouse);
        });

    /// <summary>The partners' names in the order the list shows them.</summary>
    private static List<string> PartnersIn(AngleSharp.Dom.IDocument page, params City[] partners)
    {
        var names = partners.SelectMany(p => new[] { p.Name, p.GermanName }).OfType<string>().ToList();
        return [.. page.QuerySelectorAll("tbody tr")
            .Select(row => names.Single(name => row.TextContent.Contains(name, StringComparison.Ordinal)))];
    }
}
