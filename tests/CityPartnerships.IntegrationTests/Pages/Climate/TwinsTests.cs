using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Climate;

public sealed class TwinsTests(PortalApp app)
{
    // A projection of its own, so that other tests' cities never appear in these twins' future lists.
    private static readonly ClimatePeriod _future = ClimatePeriod.Projection(2091, "TWINS-TEST");

    [Fact]
    public async Task A_city_without_values_is_told_so_and_how_an_admin_adds_more_with_nothing_invented()
    {
        var city = await app.InsertCityAsync();

        var page = await app.CreateClient().GetDocumentAsync($"/Climate/Twins?id={city.Id}");

        var notice = page.QuerySelector("[data-testid=no-climate-data]")?.TextContent;
        Assert.Contains($"There are no climate values for {city.Name}.", notice);
        Assert.Contains("invents no values", notice);
        Assert.Contains("importing a CSV file", notice);
        Assert.Null(page.QuerySelector("[data-testid=climate-values]"));
    }

    [Fact]
    public async Task The_finder_ranks_the_city_whose_climate_today_is_our_future_first_and_shows_partners_networks_and_practices()
    {
        var city = await app.InsertCityAsync();
        var twin = await app.InsertCityAsync(Unique.Name("Twin"), member: false, country: "FR");
        var southern = await app.InsertCityAsync(Unique.Name("Southern"), member: false, country: "TN");
        var ourToday = new ClimateIndicators(10.123, 21.456, -1.789, 777.7, 77.7);
        var ourFuture = new ClimateIndicators(13.321, 26.654, 1.987, 666.6, 66.6);
        await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, ourToday);
        await app.InsertClimateAsync(city.Id, _future, ourFuture);
        // The twin's present is our future; its future is much hotter still.
        await app.InsertClimateAsync(twin.Id, ClimatePeriod.Today, ourFuture);
        await app.InsertClimateAsync(twin.Id, _future, new ClimateIndicators(17.5, 31.5, 5.5, 555, 55));
        // A city whose future is our present.
        await app.InsertClimateAsync(southern.Id, ClimatePeriod.Today, new ClimateIndicators(7.1, 18.2, -4.3, 888, 88));
        await app.InsertClimateAsync(southern.Id, _future, ourToday);
        await app.InsertPartnershipAsync(city.Id, twin.Id);
        await app.WithDbAsync(async db =>
        {
            var network = await db.Networks.FirstAsync(n => n.Acronym == "ICLEI" || n.Name == "ICLEI");
            foreach (var c in await db.Cities.Include(c => c.Networks).Where(c => c.Id == city.Id || c.Id == twin.Id).ToListAsync())
            {
                c.SetNetworks([network]);
            }

            return await db.SaveChangesAsync();
        });
        var practice = await app.InsertPracticeAsync(twin.Id, areaName: "Climate action and environmental protection",
            text: PracticeData.Text(Unique.Name("Shade for squares")));

        var page = await app.CreateClient().GetDocumentAsync($"/Climate/Twins?id={city.Id}&projection={Uri.EscapeDataString(_future.ToString())}");

        var todayLikeOurFuture = page.QuerySelector("[data-testid=today-like-our-future]")!;
        var first = todayLikeOurFuture.QuerySelector("tbody tr")!;
        Assert.Contains(twin.Name, first.TextContent);
        Assert.Contains("0.00", first.TextContent);
        Assert.NotNull(first.QuerySelector("[data-testid=already-partner]"));
        Assert.Contains("Shared networks: ICLEI", first.TextContent);
        Assert.Equal($"/BestPractices/Details/{practice.Id}", first.QuerySelector($"a[href*='/BestPractices/Details']")?.GetAttribute("href"));
        Assert.Null(todayLikeOurFuture.QuerySelector("[data-testid=no-close-analogue]"));
        var futureLikeOurToday = page.QuerySelector("[data-testid=future-like-our-today] tbody tr")!;
        Assert.Contains(southern.Name, futureLikeOurToday.TextContent);
        Assert.Null(futureLikeOurToday.QuerySelector("[data-testid=already-partner]"));
        Assert.Contains("Test citation, 2026.", page.QuerySelector("[data-testid=climate-sources]")?.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=twin-map] svg"));
    }

    // The finder standardises over every present-day climate in its database, so this test brings a database of its own
    // with a known reference set: in the shared one, other tests' rows (or their absence) decided the outcome.
    [Fact]
    public async Task A_future_no_city_has_today_is_said_to_have_no_close_analogue()
    {
        await using var own = new PortalFactory(await TestDatabase.CreateAsync(app.Server, "novel"));
        await using var scope = own.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dataSet = new ClimateDataSet(Unique.Name("Test data"), "Test citation, 2026.", "CC BY 4.0", null, DateTime.UtcNow);
        db.ClimateDataSets.Add(dataSet);
        var city = new City(Unique.Name("City"), "DE", "Test region", 51.2, 6.8, 500_000, true);
        // Today's climates of Cologne, Toulouse, Tunis and Cairo (rounded): the hottest is still far from the novel future.
        var others = new ClimateIndicators[] { new(10.3, 23.5, -0.8, 800, 85), new(13.8, 28.5, 1.9, 650, 75), new(18.4, 32.7, 7.4, 450, 70),
            new(22.2, 35.4, 9.0, 25, 6) }.Select(values => (City: new City(Unique.Name("City"), "DE", "Test region", 51.2, 6.8, 500_000, true), values))
            .ToList();
        db.Cities.AddRange([city, .. others.Select(o => o.City)]);
        await db.SaveChangesAsync();
        db.CityClimates.Add(new CityClimate(city.Id, ClimatePeriod.Today, new ClimateIndicators(30.1, 45.2, 18.3, 20, 8), dataSet.Id));
        db.CityClimates.Add(new CityClimate(city.Id, ClimatePeriod.Projection(2092, "NOVEL-TEST"), new ClimateIndicators(41.1, 58.2, 30.3, 2, 1), dataSet.Id));
        db.CityClimates.AddRange(others.Select(o => new CityClimate(o.City.Id, ClimatePeriod.Today, o.values, dataSet.Id)));
        await db.SaveChangesAsync();

        var page = await own.CreateClient().GetDocumentAsync($"/Climate/Twins?id={city.Id}&projection=2092%20NOVEL-TEST");

        Assert.Equal(4, page.QuerySelectorAll("[data-testid=today-like-our-future] tbody tr").Length);
        Assert.Contains("many future climates have no present-day analogue",
            page.QuerySelector("[data-testid=today-like-our-future] [data-testid=no-close-analogue]")?.TextContent);
    }

    [Fact]
    public async Task An_internal_partnership_is_not_revealed_to_the_public_but_to_the_two_cities()
    {
        var city = await app.InsertCityAsync();
        var twin = await app.InsertCityAsync(Unique.Name("Twin"), member: false, country: "FR");
        var period = ClimatePeriod.Projection(2093, "INTERNAL-TEST");
        await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, new ClimateIndicators(9.321, 20.123, -2.5, 901, 91));
        await app.InsertClimateAsync(city.Id, period, new ClimateIndicators(12.345, 25.432, 0.5, 801, 81));
        await app.InsertClimateAsync(twin.Id, ClimatePeriod.Today, new ClimateIndicators(12.345, 25.432, 0.5, 801, 81));
        await app.InsertPartnershipAsync(city.Id, twin.Id, isInternal: true);
        var url = $"/Climate/Twins?id={city.Id}&projection=2093%20INTERNAL-TEST";

        var publicPage = await app.CreateClient().GetDocumentAsync(url);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Web.Authorization.Roles.InternationalAffairsStaff, city.Id));
        var staffPage = await staff.GetDocumentAsync(url);

        Assert.Null(publicPage.QuerySelector("[data-testid=today-like-our-future] tbody tr [data-testid=already-partner]"));
        Assert.NotNull(staffPage.QuerySelector("[data-testid=today-like-our-future] tbody tr [data-testid=already-partner]"));
    }

    [Fact]
    public async Task The_list_of_cities_with_climate_values_sorts_by_the_country_names_shown()
    {
        var prefix = Unique.Name("Sorted");
        foreach (var country in new[] { "GB", "FR", "AT", "CN" })
        {
            var city = await app.InsertCityAsync($"{prefix} {country}", member: false, country: country);
            await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, new ClimateIndicators(10, 20, 0, 700, 70));
        }

        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");

        var page = await client.GetDocumentAsync($"/Climate?q={Uri.EscapeDataString(prefix)}&sort=country");

        var countries = page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal("China,Frankreich,Österreich,Vereinigtes Königreich", string.Join(',', countries));
    }

    [Fact]
    public async Task An_unknown_city_is_not_found()
    {
        var response = await app.CreateClient().GetAsync("/Climate/Twins?id=999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_german_page_names_the_indicators_in_german()
    {
        var city = await app.InsertCityAsync();
        await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, new ClimateIndicators(10.5, 22, -1, 700, 70));

        var page = await app.CreateClient("de").GetDocumentAsync($"/Climate/Twins?id={city.Id}");

        Assert.Contains("Höchsttemperatur des wärmsten Monats", page.QuerySelector("[data-testid=climate-values]")?.TextContent);
        Assert.Contains("Klimazwillinge von", page.QuerySelector("h1")?.TextContent);
    }
}
