using System.Net;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.ActionAreas;

public sealed class ActionAreaTests(PortalApp app)
{
    [Fact]
    public async Task The_home_page_describes_action_areas_in_german_in_the_german_interface()
    {
        var page = await app.CreateClient("de").GetDocumentAsync("/");

        Assert.Contains("Städte senken Emissionen", page.Body!.TextContent);
        Assert.DoesNotContain("Cities cut emissions", page.Body!.TextContent);
    }

    [Fact]
    public async Task Every_action_area_reads_in_german_on_the_home_page_and_the_action_areas_page()
    {
        var areas = await app.WithDbAsync(db => db.ActionAreas.AsNoTracking().ToListAsync());
        var home = await app.CreateClient("de").GetDocumentAsync("/");
        var list = await app.CreateClient("de").GetDocumentAsync("/ActionAreas");

        Assert.NotEmpty(areas);
        foreach (var area in areas)
        {
            Assert.NotNull(area.GermanName);
            Assert.NotNull(area.GermanDescription);
            foreach (var page in new[] { home, list })
            {
                Assert.Contains(area.GermanName, page.Body!.TextContent);
                Assert.Contains(area.GermanDescription, page.Body!.TextContent);
                Assert.DoesNotContain(area.Description, page.Body!.TextContent);
            }

            var details = await app.CreateClient("de").GetDocumentAsync($"/ActionAreas/Details/{area.Id}");
            foreach (var english in new[] { area.Description, area.Benefits, area.Suggestions }.OfType<string>())
            {
                Assert.DoesNotContain(english, details.Body!.TextContent);
            }
        }
    }

    [Fact]
    public async Task An_admin_features_two_published_practices_and_the_public_sees_them_on_the_area_page()
    {
        var area = await app.WithDbAsync(db => db.ActionAreas.AsNoTracking().SingleAsync(a => a.Name == "Health and pandemic response"));
        var city = await app.InsertCityAsync();
        var first = await app.InsertPracticeAsync(city.Id, areaName: area.Name);
        var second = await app.InsertPracticeAsync(city.Id, areaName: area.Name);
        var draft = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft, areaName: area.Name);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        string Id(BestPractice p) => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await admin.SubmitFormAsync($"/ActionAreas/Edit/{area.Id}", new() { ["Input.FirstFeaturedId"] = Id(draft) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var saved = await admin.SubmitFormAsync($"/ActionAreas/Edit/{area.Id}", new()
        {
            ["Input.FirstFeaturedId"] = Id(first),
            ["Input.SecondFeaturedId"] = Id(second),
            ["Input.GermanSuggestions"] = "Halten Sie Kontakte aktuell.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await app.CreateClient("de").GetDocumentAsync($"/ActionAreas/Details/{area.Id}");
        var featured = page.QuerySelector("[data-testid=featured]")!.TextContent;
        Assert.Contains(first.Texts.Single().Title, featured);
        Assert.Contains(second.Texts.Single().Title, featured);
        Assert.DoesNotContain(draft.Texts.Single().Title, page.Body!.TextContent);
        Assert.Contains("Halten Sie Kontakte aktuell.", page.Body!.TextContent);
        Assert.Contains("SDG 3", page.QuerySelector("[data-testid=area-sdgs]")!.TextContent);
    }

    [Fact]
    public async Task An_admin_cannot_leave_an_action_areas_german_description_empty()
    {
        var area = await app.WithDbAsync(db => db.ActionAreas.AsNoTracking().SingleAsync(a => a.Name == "Migration and displacement"));
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await admin.SubmitFormAsync($"/ActionAreas/Edit/{area.Id}", new()
        {
            ["Input.GermanDescription"] = " ",
            ["Input.Benefits"] = "Typed before the refusal.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("German description", page.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Equal("Typed before the refusal.", page.QuerySelector("#Input_Benefits")!.TextContent.Trim());
        Assert.Equal(area.GermanDescription, await app.WithDbAsync(db => db.ActionAreas.Where(a => a.Id == area.Id).Select(a => a.GermanDescription).SingleAsync()));
    }

    [Fact]
    public async Task Staff_cannot_edit_an_action_area()
    {
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var id = await app.WithDbAsync(db => db.ActionAreas.Select(a => a.Id).FirstAsync());

        AccessMatrix.AssertOutcome(Outcome.Denied, await staff.GetAsync($"/ActionAreas/Edit/{id}"));
        AccessMatrix.AssertOutcome(Outcome.Denied, await staff.GetAsync("/Solutions/Edit/outlook"));
    }

    [Fact]
    public async Task The_five_solutions_and_the_outlook_are_public_pages_in_both_languages()
    {
        var english = await app.CreateClient().GetDocumentAsync("/Solutions");
        var german = await app.CreateClient("de").GetDocumentAsync("/Solutions/Details/outlook");

        Assert.Equal(6, english.QuerySelectorAll("[data-testid=solutions] li").Length);
        Assert.Contains("Ausblick", german.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_dashboards_published_practices_figure_opens_the_library_with_exactly_those_practices()
    {
        var city = await app.InsertCityAsync();
        var other = await app.InsertCityAsync();
        var published = await app.InsertPracticeAsync(city.Id);
        var draft = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var elsewhere = await app.InsertPracticeAsync(other.Id);
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, city.Id));

        var dashboard = await mayor.GetDocumentAsync("/Dashboard");
        var figure = dashboard.QuerySelector("[data-testid=fig-practices]")!;
        var link = figure.QuerySelector("a")!.GetAttribute("href")!;
        var library = await app.CreateClient().GetDocumentAsync(link);

        Assert.StartsWith("/BestPractices", link, StringComparison.Ordinal);
        Assert.Equal("1", figure.QuerySelector(".figure-value")!.TextContent.Trim());
        var titles = library.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([published.Texts.Single().Title], titles);
        Assert.DoesNotContain(draft.Texts.Single().Title, library.Body!.TextContent);
        Assert.DoesNotContain(elsewhere.Texts.Single().Title, library.Body!.TextContent);
        Assert.Contains(city.Name, library.QuerySelector("[data-testid=city-filter]")!.TextContent);
    }
}
