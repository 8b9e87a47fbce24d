using System.Net;
using AngleSharp.Dom;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Dashboard;

public sealed class IndexTests(PortalApp app)
{
    private static readonly int _year = DateTime.UtcNow.Year;

    [Fact]
    public async Task Mayors_office_sees_its_own_citys_figures()
    {
        var own = await app.InsertCityAsync();
        var french = await app.InsertCityAsync(country: "FR");
        var zambian = await app.InsertCityAsync(country: "ZM");
        var elsewhere = await app.InsertCityAsync(country: "IT");
        await app.WithDbAsync(async db =>
        {
            var climate = db.ActionAreas.Single(a => a.Name == "Climate action and environmental protection");
            var climateTwin = new Partnership(own.Id, french.Id, PartnershipKind.ProjectPartnership, PartnershipStatus.Active, null, null, null, DateTime.UtcNow);
            climateTwin.SetActionAreas([climate]);
            db.Partnerships.AddRange(
                climateTwin,
                new Partnership(zambian.Id, own.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow),
                new Partnership(own.Id, elsewhere.Id, PartnershipKind.Twinning, PartnershipStatus.Dormant, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var mayor = await app.CreateUserAsync(Roles.MayorsOffice, own.Id);
        var client = await app.SignedInClientAsync(mayor);

        var page = await client.GetDocumentAsync("/Dashboard");

        var figures = Figures(page);
        Assert.Equal("2", figures["Active partnerships"]);
        Assert.Equal("1", figures["Dormant partnerships"]);
        Assert.Equal("2", figures["Partner countries"]);
        Assert.Equal("50 %", figures["Global South partners"]);
        Assert.Equal("3", figures["Not confirmed for 12 months"]);
        Assert.Contains("Climate action and environmental protection", page.QuerySelector("[aria-labelledby=area-heading]")!.TextContent);
        Assert.Contains(own.Name, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=partner-map] line").Length);
    }

    [Fact]
    public async Task Every_key_figure_opens_the_list_of_exactly_those_partnerships()
    {
        var own = await app.InsertCityAsync();
        var south = await app.InsertCityAsync(country: "ZM");
        await app.InsertPartnershipAsync(own.Id, south.Id, startedOn: new DateOnly(_year, 2, 1));
        await app.InsertPartnershipAsync((await app.InsertCityAsync(country: "FR")).Id, own.Id, startedOn: new DateOnly(_year - 3, 5, 1));
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "PL")).Id, status: PartnershipStatus.Dormant, isInternal: true);
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "ES")).Id, status: PartnershipStatus.Ended);
        var verified = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "AT")).Id, PartnershipKind.Friendship);
        await app.WithDbAsync(async db =>
        {
            db.Attach(verified).Entity.MarkVerified(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        // Someone else's partnerships never count.
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, south.Id, startedOn: new DateOnly(_year, 1, 1));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));

        var page = await client.GetDocumentAsync("/Dashboard");

        var expected = new Dictionary<string, int>
        {
            ["fig-active"] = 3,
            ["fig-dormant"] = 1,
            ["fig-new-year"] = 1,
            ["fig-new-period"] = 2,
            ["fig-due"] = 3,
        };
        foreach (var (testId, count) in expected)
        {
            var card = page.QuerySelector($"[data-testid={testId}]")!;
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), card.QuerySelector(".figure-value")!.TextContent.Trim());
            var list = await client.GetDocumentAsync(card.QuerySelector("a")!.GetAttribute("href")!);
            Assert.True(count == list.QuerySelectorAll("main table tbody tr").Length, $"{testId}: figure {count}, list {list.QuerySelectorAll("main table tbody tr").Length}");
        }

        var southCard = page.QuerySelector("[data-testid=fig-south]")!;
        Assert.Equal("33 %", southCard.QuerySelector(".figure-value")!.TextContent.Trim());
        Assert.Single((await client.GetDocumentAsync(southCard.QuerySelector("a")!.GetAttribute("href")!)).QuerySelectorAll("main table tbody tr"));
    }

    [Fact]
    public async Task Partners_are_counted_by_world_region_and_each_region_opens_the_list_of_exactly_those_partnerships()
    {
        var own = await app.InsertCityAsync();
        var french = await app.InsertCityAsync(Unique.Name("French"), member: false, country: "FR");
        var polish = await app.InsertCityAsync(Unique.Name("Polish"), member: false, country: "PL");
        var german = await app.InsertCityAsync(Unique.Name("German"));
        var zambian = await app.InsertCityAsync(Unique.Name("Zambian"), member: false, country: "ZM");
        var brazilian = await app.InsertCityAsync(Unique.Name("Brazilian"), member: false, country: "BR");
        await app.InsertPartnershipAsync(own.Id, french.Id);
        await app.InsertPartnershipAsync(polish.Id, own.Id);
        await app.InsertPartnershipAsync(own.Id, german.Id, PartnershipKind.Friendship);
        // Logged by the Zambian city: the partner's end is then the city, not the partner city.
        await app.InsertPartnershipAsync(zambian.Id, own.Id);
        await app.InsertPartnershipAsync(own.Id, brazilian.Id, PartnershipKind.ProjectPartnership);
        // Not active, so not counted.
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(member: false, country: "JP")).Id, status: PartnershipStatus.Dormant);
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(member: false, country: "AU")).Id, status: PartnershipStatus.Ended);
        // Another German city's partner in Africa is not ours.
        await app.InsertPartnershipAsync(german.Id, (await app.InsertCityAsync(member: false, country: "KE")).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));

        var page = await client.GetDocumentAsync("/Dashboard");

        var regions = page.QuerySelectorAll("[data-testid=world-regions] li")
            .ToDictionary(li => li.QuerySelector("a, span")!.TextContent.Trim(), li => li);
        Assert.Equal(["Europe", "Africa", "Americas", "Asia", "Oceania"], regions.Keys);
        Assert.Equal(["3", "1", "1", "0", "0"], regions.Values.Select(li => li.QuerySelector("strong, a.fw-bold")!.TextContent.Trim()));
        Assert.Null(regions["Asia"].QuerySelector("a"));
        Assert.Contains("in 3 world regions", page.QuerySelector("[data-testid=fig-countries]")!.TextContent);

        async Task<List<string>> PartnersListedAsync(string region)
        {
            var href = regions[region].QuerySelector("a")!.GetAttribute("href")!;
            Assert.Contains($"worldregion={region}", href, StringComparison.Ordinal);
            var list = await client.GetDocumentAsync(href);
            return [.. list.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).Order(StringComparer.Ordinal)];
        }

        var europe = await PartnersListedAsync("Europe");
        Assert.Equal(3, europe.Count);
        Assert.Single(europe, row => row.Contains(french.Name, StringComparison.Ordinal));
        Assert.Single(europe, row => row.Contains(polish.Name, StringComparison.Ordinal));
        Assert.Single(europe, row => row.Contains(german.Name, StringComparison.Ordinal));
        Assert.Contains(zambian.Name, Assert.Single(await PartnersListedAsync("Africa")), StringComparison.Ordinal);
        Assert.Contains(brazilian.Name, Assert.Single(await PartnersListedAsync("Americas")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "in 1 world region", "1 of 1 active partnership")]
    [InlineData("de", "in 1 Weltregion", "1 von 1 aktiven Partnerschaft")]
    public async Task A_single_partnership_is_counted_in_the_singular(string language, string regions, string globalSouth)
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(member: false, country: "ZM")).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), language);

        var page = await client.GetDocumentAsync("/Dashboard");

        Assert.Equal(regions, page.QuerySelector("[data-testid=fig-countries] .figure-hint")?.TextContent.Trim());
        Assert.Equal(globalSouth, page.QuerySelector("[data-testid=fig-south] .figure-hint")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("de", "Italien,Frankreich,Österreich,Vereinigtes Königreich")]
    [InlineData("en", "Italy,Austria,France,United Kingdom")]
    public async Task Partner_countries_with_as_many_partnerships_are_listed_by_their_name_in_the_readers_language(string language, string expected)
    {
        var own = await app.InsertCityAsync();
        foreach (var country in new[] { "GB", "FR", "IT", "AT", "IT" })
        {
            await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(member: false, country: country)).Id);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), language);

        var page = await client.GetDocumentAsync("/Dashboard");

        var countries = page.QuerySelector("[aria-labelledby=country-heading]")!.QuerySelectorAll("li a:first-child").Select(a => a.TextContent.Trim());
        Assert.Equal(expected, string.Join(',', countries));
    }

    [Fact]
    public async Task World_regions_are_named_in_german_for_a_german_reader()
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(member: false, country: "ZM")).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), "de");

        var page = await client.GetDocumentAsync("/Dashboard");

        var section = page.QuerySelector("[data-testid=world-regions]")!;
        Assert.Contains("Aktive Partnerschaften nach Region der Partner", section.TextContent);
        Assert.Equal("Afrika", section.QuerySelector("li a")!.TextContent.Trim());
        var csv = await client.GetStringAsync("/Dashboard?handler=Export");
        Assert.Contains("\"Aktive Partnerschaften nach Region der Partner\",\"Afrika\",1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activities_and_delegations_are_counted_per_year_of_the_chosen_period_from_the_citys_side()
    {
        var own = await app.InsertCityAsync();
        var logged = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "FR")).Id);
        var loggedByPartner = await app.InsertPartnershipAsync((await app.InsertCityAsync(country: "PL")).Id, own.Id);
        await app.WithDbAsync(async db =>
        {
            db.Activities.AddRange(
                new Activity(logged.Id, ActivityKind.IncomingDelegation, "Visit from Lyon", new DateOnly(2019, 3, 1), null, null, null, null),
                new Activity(logged.Id, ActivityKind.OutgoingDelegation, "Trip to Lyon", new DateOnly(2019, 9, 1), null, null, null, null),
                // Logged by the Polish city: its outgoing delegation came to us.
                new Activity(loggedByPartner.Id, ActivityKind.OutgoingDelegation, "Visit from Poland", new DateOnly(2019, 5, 1), null, null, null, null),
                new Activity(loggedByPartner.Id, ActivityKind.Event, "Festival", new DateOnly(2020, 6, 1), null, null, null, null),
                new Activity(logged.Id, ActivityKind.Event, "Outside the period", new DateOnly(2015, 6, 1), null, null, null, null));
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await client.GetDocumentAsync("/Dashboard?from=2018&to=2020");

        var rows = page.QuerySelectorAll("[data-testid=activities-table] tbody tr")
            .Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Equal(["2018 0 0 0", "2019 3 2 1", "2020 1 0 0"], rows);
    }

    [Theory]
    [InlineData("from=abc&to=2020")]
    [InlineData("from=99999&to=-5")]
    [InlineData("from=2020&to=1990")]
    public async Task A_period_that_makes_no_sense_falls_back_to_the_last_ten_years(string query)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync($"/Dashboard?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(10, page.QuerySelectorAll("[data-testid=activities-table] tbody tr").Length);
    }

    [Fact]
    public async Task Health_scores_anniversaries_and_upcoming_dates_are_shown_with_their_reasons()
    {
        var own = await app.InsertCityAsync();
        var sleepy = await app.InsertCityAsync(Unique.Name("Sleepy"), country: "FR");
        var lively = await app.InsertCityAsync(Unique.Name("Lively"), country: "PL");
        var sleepyTwin = await app.InsertPartnershipAsync(own.Id, sleepy.Id, startedOn: new DateOnly(_year - 50, 6, 1));
        var livelyTwin = await app.InsertPartnershipAsync(own.Id, lively.Id, startedOn: new DateOnly(_year - 24, 6, 1));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.WithDbAsync(async db =>
        {
            db.Attach(livelyTwin).Entity.MarkVerified(DateTime.UtcNow);
            db.Activities.AddRange(
                new Activity(livelyTwin.Id, ActivityKind.YouthExchange, "Summer camp", today.AddMonths(-2), null, null, null, null),
                new Activity(livelyTwin.Id, ActivityKind.IncomingDelegation, "Mayor's visit", today.AddDays(10), null, "Town hall", null, null));
            var project = new Project(livelyTwin.Id, "Solar schools");
            project.UpdateDetails("Solar schools", null, ProjectStatus.Idea, PartnerCommitment.High, null, null);
            project.SetFunding("Engagement Global", null, 50_000, "EUR", today.AddDays(20));
            db.Projects.Add(project);
            var running = new Project(livelyTwin.Id, "Bike lanes");
            running.UpdateDetails("Bike lanes", null, ProjectStatus.Approved, PartnerCommitment.High, null, null);
            running.SetFunding("Engagement Global", null, 80_000, "EUR", null);
            db.Projects.Add(running);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));

        var page = await client.GetDocumentAsync("/Dashboard");

        var health = page.QuerySelectorAll("[data-testid=health-table] tbody tr").ToDictionary(
            r => r.Children[0].QuerySelector("a")!.TextContent.Trim(), r => r);
        Assert.Equal("0", health[sleepy.Name].Children[3].QuerySelector(".health")!.TextContent.Trim());
        Assert.Contains("Drifting into dormancy", health[sleepy.Name].Children[4].TextContent);
        Assert.Contains("no activity for two years", health[sleepy.Name].Children[4].TextContent);
        Assert.Equal("100", health[lively.Name].Children[3].QuerySelector(".health")!.TextContent.Trim());
        Assert.Contains("youth exchange in the last three years", health[lively.Name].Children[4].TextContent);

        var anniversaries = page.QuerySelector("[data-testid=anniversaries]")!.TextContent;
        Assert.Contains("50 years", anniversaries);
        Assert.Contains(sleepy.Name, anniversaries);
        Assert.Contains("25 years", anniversaries);
        Assert.Contains(lively.Name, anniversaries);

        var upcoming = page.QuerySelector("[data-testid=upcoming]")!.TextContent;
        Assert.Contains("Mayor's visit", upcoming);
        Assert.Contains("Solar schools", upcoming);
        Assert.Contains(sleepy.Name, page.QuerySelector("[data-testid=attention]")!.TextContent);
        Assert.DoesNotContain(lively.Name, page.QuerySelector("[data-testid=attention]")!.TextContent);
        Assert.Equal("Engagement Global (EUR) 80,000 80,000",
            string.Join(" ", page.QuerySelector("[data-testid=funding-table] tbody tr")!.Children.Select(c => c.TextContent.Trim())));
    }

    [Fact]
    public async Task A_mayors_office_cannot_open_another_citys_dashboard_or_its_export()
    {
        var other = await app.InsertCityAsync();
        var secret = await app.InsertCityAsync(Unique.Name("Secret"), country: "FR");
        await app.InsertPartnershipAsync(other.Id, secret.Id, isInternal: true);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        foreach (var url in new[] { $"/Dashboard?city={other.Id}", $"/Dashboard?handler=Export&city={other.Id}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(secret.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Admins_open_a_member_citys_dashboard_from_the_association_and_no_dashboard_without_a_city()
    {
        var city = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync(country: "FR")).Id, isInternal: true);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var page = await admin.GetDocumentAsync($"/Dashboard?city={city.Id}");

        Assert.Contains(city.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("1", Figures(page)["Active partnerships"]);
        var response = await admin.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_figures_export_as_csv_with_the_numbers_of_the_page()
    {
        var own = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "FR")).Id);
        await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: "PL")).Id, status: PartnershipStatus.Dormant);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), "de");

        var response = await client.GetAsync("/Dashboard?handler=Export&from=2017&to=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("\"Bereich\",\"Kennzahl\",\"Wert\"", lines[0].TrimStart('\uFEFF'));
        Assert.Contains("\"Kennzahlen\",\"Zeitraum\",\"2017–2026\"", lines);
        Assert.Contains("\"Kennzahlen\",\"Aktive Partnerschaften\",1", lines);
        Assert.Contains("\"Kennzahlen\",\"Ruhende Partnerschaften\",1", lines);
        Assert.Contains("\"Partnerschaften nach Status\",\"Aktiv\",1", lines);
    }

    [Fact]
    public async Task Dashboard_is_read_only()
    {
        var mayor = await app.CreateUserAsync(Roles.MayorsOffice);
        var client = await app.SignedInClientAsync(mayor);

        var page = await client.GetDocumentAsync("/Dashboard");

        // The only form is the period filter, which reads (GET); the language switch and sign-out are outside main.
        Assert.All(page.QuerySelectorAll("main form"), form => Assert.Equal("get", form.GetAttribute("method")));
    }

    private static Dictionary<string, string> Figures(IDocument page) => page.QuerySelectorAll(".figure-card").ToDictionary(
        f => f.QuerySelector(".figure-label")!.TextContent.Trim(),
        f => f.QuerySelector(".figure-value")!.TextContent.Trim());
}
