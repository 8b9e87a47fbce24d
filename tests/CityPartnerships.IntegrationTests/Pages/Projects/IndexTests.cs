using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Projects;

/// <summary>"Projects to push": the open projects of the user's city, most promising first.</summary>
public sealed class IndexTests(PortalApp app)
{
    private const string Climate = "Climate action and environmental protection";
    private const string Migration = "Migration and displacement";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Open_projects_are_ordered_by_priority_then_deadline_with_their_reasons()
    {
        var own = await app.InsertCityAsync();
        await SetFocusAreasAsync(own.Id, Climate);
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id);
        await InsertProjectAsync(partnership.Id, "Nothing yet", deadline: Today.AddDays(40));
        await InsertProjectAsync(partnership.Id, "Deadline soon", deadline: Today.AddDays(10));
        await InsertProjectAsync(partnership.Id, "Applied late", ProjectStatus.Applied, PartnerCommitment.Low, deadline: Today.AddDays(200));
        await InsertProjectAsync(partnership.Id, "Applied early", ProjectStatus.Applied, PartnerCommitment.Low, deadline: Today.AddDays(100));
        await InsertProjectAsync(partnership.Id, "Secured and fitting", ProjectStatus.Approved, PartnerCommitment.High, "BMZ", 45_000m, areas: Climate);
        await InsertProjectAsync(partnership.Id, "Fitting idea", areas: [Climate, Migration]);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var page = await client.GetDocumentAsync("/Projects");

        var rows = page.QuerySelectorAll("[data-testid=project-row]");
        Assert.Equal(["Fitting idea", "Secured and fitting", "Deadline soon", "Nothing yet", "Applied early", "Applied late"],
            rows.Select(r => r.QuerySelector("[data-testid=project-title]")!.TextContent));
        Assert.Equal(["65", "55", "45", "30", "20", "20"], rows.Select(r => r.QuerySelector("[data-testid=priority-score]")!.TextContent));
        Assert.Contains("fits your city's action areas · funding still to be applied for", rows[0].TextContent);
        var secured = rows[1];
        Assert.Contains("fits your city's action areas · funding secured: little left to push · high partner commitment", secured.TextContent);
        Assert.Contains("BMZ", secured.TextContent);
        Assert.Contains("45,000 EUR", secured.TextContent);
        Assert.Contains(partner.Name, secured.TextContent);
        Assert.Equal($"/Partnerships/Details/{partnership.Id}#projects", secured.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("application deadline within 30 days", rows[2].TextContent);
        Assert.Equal(["Deadline soon"], rows.Where(r => r.QuerySelector("[data-testid=deadline-soon]") is not null)
            .Select(r => r.QuerySelector("[data-testid=project-title]")!.TextContent));
    }

    [Fact]
    public async Task Rejected_and_completed_projects_and_those_of_other_cities_or_deleted_partnerships_are_not_listed()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        // The user's city is the partner here: the other city logged the partnership.
        var partnership = await app.InsertPartnershipAsync(partner.Id, own.Id, isInternal: true);
        var deletedPartnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, PartnershipKind.Friendship);
        var otherCities = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Still open", ProjectStatus.Applied);
        await InsertProjectAsync(partnership.Id, "Turned down", ProjectStatus.Rejected);
        await InsertProjectAsync(partnership.Id, "All done", ProjectStatus.Completed);
        await InsertProjectAsync(deletedPartnership.Id, "Of a deleted partnership", ProjectStatus.Approved);
        await InsertProjectAsync(otherCities.Id, "Of other cities", ProjectStatus.Approved);
        await app.WithDbAsync(async db =>
        {
            (await db.Partnerships.SingleAsync(p => p.Id == deletedPartnership.Id)).Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var page = await client.GetDocumentAsync("/Projects");

        var row = Assert.Single(page.QuerySelectorAll("[data-testid=project-row]"));
        Assert.Equal("Still open", row.QuerySelector("[data-testid=project-title]")?.TextContent);
        Assert.Contains(partner.Name, row.TextContent);
    }

    [Fact]
    public async Task Filters_narrow_the_list_to_a_status_or_to_close_deadlines()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Idea due soon", deadline: Today.AddDays(30));
        await InsertProjectAsync(partnership.Id, "Idea due later", deadline: Today.AddDays(31));
        await InsertProjectAsync(partnership.Id, "Applied", ProjectStatus.Applied, deadline: Today.AddDays(5));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), "en");

        var applied = await client.GetDocumentAsync("/Projects?status=Applied");
        var soon = await client.GetDocumentAsync("/Projects?soon=true");
        var none = await client.GetDocumentAsync("/Projects?status=Approved");

        Assert.Equal(["Applied"], Titles(applied));
        Assert.Equal(["Idea due soon"], Titles(soon));
        Assert.Contains("No open projects match these filters.", none.QuerySelector("[data-testid=projects-empty]")?.TextContent);
    }

    [Fact]
    public async Task Long_lists_are_paged_by_25_with_the_highest_priority_on_the_first_page()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 25; i++)
            {
                db.Projects.Add(new Project(partnership.Id, $"Idea {i:00}"));
            }

            var approved = new Project(partnership.Id, "Already approved");
            approved.UpdateDetails(approved.Title, null, ProjectStatus.Approved, PartnerCommitment.Unknown, null, null);
            db.Projects.Add(approved);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var first = await client.GetDocumentAsync("/Projects");
        var second = await client.GetDocumentAsync("/Projects?p=2");

        Assert.Equal(25, Titles(first).Count);
        Assert.DoesNotContain("Already approved", Titles(first));
        Assert.Equal(["Already approved"], Titles(second));
        Assert.Contains("Page 2 of 2 (26 entries)", second.QuerySelector("nav[aria-label=Pages]")?.TextContent);
    }

    [Fact]
    public async Task Without_open_projects_the_page_says_where_to_add_them()
    {
        var own = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var page = await client.GetDocumentAsync("/Projects");

        Assert.Contains("Add projects on a partnership's page.", page.QuerySelector("[data-testid=projects-empty]")?.TextContent);
    }

    [Fact]
    public async Task The_mayors_office_reads_the_list_and_finds_it_in_the_navigation()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Visible to the mayor", ProjectStatus.Approved);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), "de");

        var response = await client.GetAsync("/Projects");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Visible to the mayor"], Titles(page));
        Assert.Contains("1 Eintrag", page.Body!.TextContent);
        Assert.Contains("Förderung gesichert", page.QuerySelector("[data-testid=project-row]")?.TextContent);
        Assert.Equal("Projekte", page.QuerySelector("#portal-nav a[href='/Projects']")?.TextContent);
    }

    [Fact]
    public async Task Admins_have_no_city_and_are_denied_the_list()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var response = await client.GetAsync("/Projects");
        var home = await client.GetDocumentAsync("/Partnerships");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Null(home.QuerySelector("#portal-nav a[href='/Projects']"));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=project-row] [data-testid=project-title]").Select(e => e.TextContent)];

    private Task<Project> InsertProjectAsync(int partnershipId, string title, ProjectStatus status = ProjectStatus.Idea,
        PartnerCommitment commitment = PartnerCommitment.Unknown, string? funder = null, decimal? amount = null,
        DateOnly? deadline = null, params string[] areas) =>
        app.WithDbAsync(async db =>
        {
            var project = new Project(partnershipId, title);
            project.UpdateDetails(title, null, status, commitment, null, null);
            project.SetFunding(funder, null, amount, "EUR", deadline);
            project.SetActionAreas(await db.ActionAreas.Where(a => areas.Contains(a.Name)).ToListAsync());
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project;
        });

    private Task<int> SetFocusAreasAsync(int cityId, params string[] areas) => app.WithDbAsync(async db =>
    {
        var city = await db.Cities.Include(c => c.InternationalAffairsUnit).ThenInclude(u => u!.FocusAreas).SingleAsync(c => c.Id == cityId);
        var unit = city.SetUpInternationalAffairsUnit("International office", UnitKind.Office, 2m, null, null, false);
        unit.SetFocusAreas(await db.ActionAreas.Where(a => areas.Contains(a.Name)).ToListAsync());
        return await db.SaveChangesAsync();
    });
}
