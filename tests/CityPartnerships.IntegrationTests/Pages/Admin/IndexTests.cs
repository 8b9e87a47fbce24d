using System.Globalization;
using AngleSharp.Dom;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Admin;

/// <summary>
/// The admin start page counts the whole association, which the other tests change while this one runs: its figures
/// are compared with the database at a moment when nothing changed, and the row of a member city of this test's own
/// is compared exactly.
/// </summary>
public sealed class IndexTests(PortalApp app)
{
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en");

    private static readonly Dictionary<PartnershipKind, string> _kindLabels = new()
    {
        [PartnershipKind.Twinning] = "Twinning",
        [PartnershipKind.Friendship] = "Friendship",
        [PartnershipKind.Contact] = "Contact",
        [PartnershipKind.ProjectPartnership] = "Project partnership",
    };

    [Fact]
    public async Task The_figures_are_those_of_the_whole_association()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync(member: false)).Id, PartnershipKind.ProjectPartnership);

        var (shown, counted) = await ReadWhileNothingChangesAsync(admin);

        Assert.Equal(counted, shown);
        Assert.True(counted.ActivePartnerships > 0 && counted.Cities > 0);
    }

    [Fact]
    public async Task A_member_city_is_listed_with_its_active_partnerships_and_counted()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var before = await CountAsync();
        // "000" sorts before the names other tests give their cities, so the city is on the first page of members.
        var member = await app.InsertCityAsync(Unique.Name("000Member"));
        await app.InsertPartnershipAsync(member.Id, (await app.InsertCityAsync()).Id, PartnershipKind.Twinning);
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, member.Id, PartnershipKind.Friendship);
        await app.InsertPartnershipAsync(member.Id, (await app.InsertCityAsync()).Id, PartnershipKind.Contact, PartnershipStatus.Ended);

        var page = await admin.GetDocumentAsync("/Admin");

        var row = page.QuerySelectorAll("[data-testid=members-table] tbody tr").FirstOrDefault(r => r.Children[0].TextContent.Trim() == member.Name);
        Assert.NotNull(row);
        Assert.Equal(["Test region", "2", "–", "No"], row.Children.Skip(1).Take(4).Select(c => c.TextContent.Trim()));
        // The last cell opens the city's page of the city administration.
        Assert.Equal($"/Admin/Cities/Edit/{member.Id}", row.Children[^1].QuerySelector("a")?.GetAttribute("href"));
        // Other tests may add and end partnerships meanwhile, but the four cities and two active partnerships added here are in.
        var shown = Figures(page);
        Assert.True(shown.MemberCities >= before.MemberCities + 4, $"{shown.MemberCities} member cities, {before.MemberCities} before");
        Assert.True(shown.Cities >= before.Cities + 4, $"{shown.Cities} cities, {before.Cities} before");
    }

    [Theory]
    [InlineData("de", "Nordrhein-Westfalen")]
    [InlineData("en", "North Rhine-Westphalia")]
    public async Task A_member_citys_region_is_named_in_the_readers_language(string language, string shown)
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), language);
        var member = await app.WithDbAsync(async db =>
        {
            var city = new City(Unique.Name("000Region"), "DE", "North Rhine-Westphalia", 51.2, 6.8, 600_000, isAssociationMember: true);
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });

        var page = await admin.GetDocumentAsync("/Admin");

        var row = page.QuerySelectorAll("[data-testid=members-table] tbody tr").FirstOrDefault(r => r.Children[0].TextContent.Trim() == member.Name);
        Assert.NotNull(row);
        Assert.Equal(shown, row.Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task Places_of_the_gazetteer_without_a_partnership_are_not_counted_as_cities()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync(member: false)).Id);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 50; i++)
            {
                db.Cities.Add(new CityPartnerships.Domain.Cities.City(Unique.Name("Place"), "FR"));
            }

            return await db.SaveChangesAsync();
        });

        var (shown, counted) = await ReadWhileNothingChangesAsync(admin);

        Assert.Equal(counted.Cities, shown.Cities);
        var allCities = await app.WithDbAsync(db => db.Cities.CountAsync());
        Assert.True(shown.Cities <= allCities - 50, $"{shown.Cities} shown, {allCities} places in the table");
    }

    [Fact]
    public async Task A_member_city_opens_its_dashboard_and_the_most_engaged_city_tops_the_ranking()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var busy = await app.InsertCityAsync(Unique.Name("000Busy"));
        for (var i = 0; i < 60; i++)
        {
            await app.InsertPartnershipAsync(busy.Id, (await app.InsertCityAsync(member: false)).Id);
        }

        var page = await admin.GetDocumentAsync("/Admin");

        var first = page.QuerySelector("[data-testid=ranking-table] tbody tr")!;
        Assert.Equal(busy.Name, first.Children[1].TextContent.Trim());
        Assert.Equal("60", first.Children[2].TextContent.Trim());
        var link = page.QuerySelectorAll("[data-testid=members-table] a").First(a => a.TextContent.Trim() == busy.Name).GetAttribute("href")!;
        var dashboard = await admin.GetDocumentAsync(link);
        Assert.Contains(busy.Name, dashboard.QuerySelector("h1")!.TextContent);
        Assert.Equal("60", dashboard.QuerySelector("[data-testid=fig-active] .figure-value")!.TextContent.Trim());
        // Its stale records are listed for data quality, and the number opens them.
        var stale = page.QuerySelectorAll("[data-testid=stale-table] tbody tr").First(r => r.Children[0].TextContent.Trim() == busy.Name);
        Assert.Equal("100 %", stale.Children[2].TextContent.Trim());
    }

    [Fact]
    public async Task Every_action_area_shows_its_published_best_practices_against_the_target_of_two()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        Task<List<(string Name, int Published)>> PublishedPerAreaAsync() => app.WithDbAsync(async db => (await db.ActionAreas
            .Select(a => new { a.Name, Published = db.BestPractices.Count(b => b.ActionAreas.Any(x => x.Id == a.Id) && b.Status == CityPartnerships.Domain.BestPractices.BestPracticeStatus.Published) })
            .ToListAsync()).Select(a => (a.Name, a.Published)).ToList());

        // Tests running beside this one publish practices: compare with a page read while the counts stood still.
        var (expected, page) = (await PublishedPerAreaAsync(), await admin.GetDocumentAsync("/Admin"));
        for (var attempt = 0; attempt < 5 && !expected.SequenceEqual(await PublishedPerAreaAsync()); attempt++)
        {
            (expected, page) = (await PublishedPerAreaAsync(), await admin.GetDocumentAsync("/Admin"));
        }

        var rows = page.QuerySelectorAll("[data-testid=area-table] tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[3].TextContent.Trim());
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(expected, area => Assert.StartsWith($"{area.Published} of 2", rows[area.Name], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Active_partnerships_are_counted_by_world_region_from_either_end_and_open_the_filtered_list()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var fijian = await app.InsertCityAsync(Unique.Name("Fijian"), member: false, country: "FJ");
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, fijian.Id);

        // The figures are compared with the database at a moment when no other test changed it.
        var (page, shown, counted) = await ReadRegionsAsync(admin);
        for (var attempt = 0; attempt < 30 && !SameCounts(shown, counted); attempt++)
        {
            (page, shown, counted) = await ReadRegionsAsync(admin);
        }

        Assert.Equal(counted.OrderBy(r => r.Key), shown.OrderBy(r => r.Key));
        Assert.True(shown["Oceania"] >= 1);
        var oceania = page.QuerySelectorAll("[data-testid=world-regions] li a").First(a => a.TextContent.Trim() == "Oceania").GetAttribute("href")!;
        Assert.Equal("/Partnerships?worldregion=Oceania&status=Active", oceania);
        var list = await admin.GetDocumentAsync($"{oceania}&q={fijian.Name}");
        Assert.Single(list.QuerySelectorAll("main table tbody tr"));
    }

    private async Task<(IDocument Page, Dictionary<string, int> Shown, Dictionary<string, int> Counted)> ReadRegionsAsync(HttpClient admin)
    {
        var counted = await CountByWorldRegionAsync();
        var page = await admin.GetDocumentAsync("/Admin");
        var shown = page.QuerySelectorAll("[data-testid=world-regions] li").ToDictionary(
            li => li.QuerySelector("a, span")!.TextContent.Trim(),
            li => Number(li.QuerySelector("strong, a.fw-bold")!.TextContent));
        return (page, shown, counted);
    }

    private static bool SameCounts(Dictionary<string, int> shown, Dictionary<string, int> counted) =>
        shown.Count == counted.Count && shown.All(r => counted.GetValueOrDefault(r.Key) == r.Value);

    private Task<Dictionary<string, int>> CountByWorldRegionAsync() => app.WithDbAsync(async db =>
    {
        var names = new Dictionary<WorldRegion, string>
        {
            [WorldRegion.Africa] = "Africa",
            [WorldRegion.Americas] = "Americas",
            [WorldRegion.Asia] = "Asia",
            [WorldRegion.Europe] = "Europe",
            [WorldRegion.Oceania] = "Oceania",
        };
        var counts = new Dictionary<string, int>();
        foreach (var region in WorldRegions.All)
        {
            var countries = WorldRegions.CountriesIn(region).ToList();
            counts[names[region]] = await db.Partnerships.CountAsync(p => p.Status == PartnershipStatus.Active
                && (countries.Contains(EF.Property<string>(p, PartnershipConfiguration.CityCountryColumn))
                    || countries.Contains(EF.Property<string>(p, PartnershipConfiguration.PartnerCountryColumn))));
        }

        return counts;
    });

    [Fact]
    public async Task The_association_figures_export_as_csv()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await admin.GetAsync("/Admin?handler=Export");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"Key figures\",\"Member cities\",", text, StringComparison.Ordinal);
        Assert.Contains("\"Key figures\",\"Cities in partnerships (members and partners)\",", text, StringComparison.Ordinal);
    }

    /// <summary>The page's figures and a count of the database, taken just before and just after the page and equal.</summary>
    private async Task<(AdminFigures Shown, AdminFigures Counted)> ReadWhileNothingChangesAsync(HttpClient admin)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var before = await CountAsync();
            var shown = Figures(await admin.GetDocumentAsync("/Admin"));
            if (before == await CountAsync())
            {
                return (shown, before);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The database kept changing for 30 attempts: no moment to compare the figures with.");
    }

    private Task<AdminFigures> CountAsync() => app.WithDbAsync(async db =>
    {
        var active = db.Partnerships.Where(p => p.Status == PartnershipStatus.Active);
        var byKind = await active.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var memberUnits = db.InternationalAffairsUnits.Where(u => db.Cities.Any(c => c.Id == u.CityId && c.IsAssociationMember));
        var withStrategy = await memberUnits.CountAsync(u => u.HasAdoptedInternationalStrategy);
        var units = await memberUnits.CountAsync();
        return new AdminFigures(
            await db.Cities.CountAsync(c => c.IsAssociationMember),
            await db.Partnerships.Select(p => p.CityId).Union(db.Partnerships.Select(p => p.PartnerCityId)).CountAsync(),
            await active.CountAsync(),
            string.Create(_english, $"{withStrategy:N0} of {units:N0}"),
            string.Join(", ", byKind.OrderBy(k => _kindLabels[k.Key], StringComparer.Ordinal).Select(k => $"{_kindLabels[k.Key]} {k.Count}")));
    });

    private static AdminFigures Figures(IDocument page)
    {
        var figures = page.QuerySelectorAll(".figure-card").ToDictionary(
            card => card.QuerySelector(".figure-label")!.TextContent.Trim(),
            card => card.QuerySelector(".figure-value")!.TextContent.Trim());
        var kinds = page.QuerySelector("[aria-labelledby=kind-heading]")!.QuerySelectorAll("li")
            .Select(li => li.QuerySelectorAll("a"))
            .Select(links => (Label: links[0].TextContent.Trim(), Count: Number(links[1].TextContent)))
            .OrderBy(k => k.Label, StringComparer.Ordinal);
        return new AdminFigures(
            Number(figures["Member cities"]),
            Number(figures["Cities in partnerships (members and partners)"]),
            Number(figures["Active partnerships"]),
            figures["Member cities' units with an adopted international strategy"],
            string.Join(", ", kinds.Select(k => $"{k.Label} {k.Count}")));
    }

    private static int Number(string text) => int.Parse(text.Trim(), NumberStyles.AllowThousands, _english);

    private sealed record AdminFigures(int MemberCities, int Cities, int ActivePartnerships, string UnitsWithStrategy, string ActiveByKind);
}
