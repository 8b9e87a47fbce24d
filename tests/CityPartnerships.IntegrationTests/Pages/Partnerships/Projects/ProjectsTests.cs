using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships.Projects;

/// <summary>Adding, editing and deleting a partnership's projects, and who may do it.</summary>
public sealed class ProjectsTests(PortalApp app)
{
    private const string Climate = "Climate action and environmental protection";
    private const string Health = "Health and pandemic response";

    [Fact]
    public async Task Staff_add_a_project_and_see_it_on_the_partnership_with_its_priority_and_reasons()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        await SetFocusAreasAsync(own.Id, Climate);
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id);
        var client = await app.SignedInClientAsync(staff, "en");

        var response = await client.SubmitFormAsync(CreateUrl(partnership.Id), new()
        {
            ["Input.Title"] = "Heat action plan",
            ["Input.Status"] = "Approved",
            ["Input.PartnerCommitment"] = "High",
            ["Input.AreaIds"] = (await AreaIdAsync(Climate)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Funder"] = "Engagement Global / SKEW",
            ["Input.Programme"] = "Municipal Climate Partnerships",
            ["Input.Amount"] = "45000",
            ["Input.Currency"] = "eur",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership.Id}#projects", response.Headers.Location?.OriginalString);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("The project has been added.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        var project = details.QuerySelector("#projects [data-testid=project]")!;
        Assert.Equal("Heat action plan", project.QuerySelector("[data-testid=project-title]")?.TextContent);
        Assert.Contains("Approved", project.TextContent);
        Assert.Contains("Engagement Global / SKEW · Municipal Climate Partnerships", project.TextContent);
        Assert.Equal("45,000 EUR", project.QuerySelector("[data-testid=project-amount]")?.TextContent);
        Assert.Equal("Priority 55: fits your city's action areas · funding secured: little left to push · high partner commitment",
            project.QuerySelector("[data-testid=project-priority]")?.TextContent.Trim());
        Assert.Contains("Secured funding: 45,000 EUR", details.QuerySelector("[data-testid=projects-secured]")?.TextContent);
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Project added", latest);
        Assert.Contains(staff.DisplayName, latest);
    }

    [Fact]
    public async Task Projects_are_listed_most_promising_first_with_secured_funding_per_currency()
    {
        var own = await app.InsertCityAsync();
        await SetFocusAreasAsync(own.Id, Climate);
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Funding to apply for", ProjectStatus.Idea);
        await InsertProjectAsync(partnership.Id, "Top", ProjectStatus.Approved, PartnerCommitment.High, amount: 10_000m, areas: Climate);
        await InsertProjectAsync(partnership.Id, "Done", ProjectStatus.Completed, amount: 2_500.5m, currency: "USD");
        await InsertProjectAsync(partnership.Id, "Awaiting the decision", ProjectStatus.Applied, PartnerCommitment.Medium, amount: 99_000m);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id), "en");

        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Equal(["Top", "Funding to apply for", "Awaiting the decision", "Done"], details.QuerySelectorAll("#projects [data-testid=project-title]").Select(e => e.TextContent));
        Assert.Contains("Secured funding: 10,000 EUR · 2,500.5 USD", details.QuerySelector("[data-testid=projects-secured]")?.TextContent);
        Assert.Equal("Priority 0: closed: nothing left to push",
            details.QuerySelectorAll("#projects [data-testid=project-priority]")[^1].TextContent.Trim());
    }

    [Fact]
    public async Task German_users_see_amounts_and_reasons_in_German_and_may_type_amounts_the_German_way()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "de");

        var response = await client.SubmitFormAsync(CreateUrl(partnership.Id), new()
        {
            ["Input.Title"] = "Wasserpartnerschaft",
            ["Input.Status"] = "Applied",
            ["Input.Amount"] = "45.000,50",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(45_000.50m, (await ProjectsOfAsync(partnership.Id)).Single().Amount);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Equal("45.000,5 EUR", details.QuerySelector("[data-testid=project-amount]")?.TextContent);
        Assert.Contains("Beantragt", details.QuerySelector("#projects")?.TextContent);
        Assert.Equal("Priorität 15: Förderung beantragt", details.QuerySelector("[data-testid=project-priority]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Admins_see_the_priority_judged_by_the_action_areas_of_the_city_that_logged_the_partnership()
    {
        var own = await app.InsertCityAsync();
        await SetFocusAreasAsync(own.Id, Health);
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Vaccination exchange", areas: Health);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), "en");

        var details = await admin.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Equal($"Priority 65: fits the action areas of {own.Name} · funding still to be applied for", details.QuerySelector("[data-testid=project-priority]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Readers_who_may_not_change_see_projects_without_add_or_edit_links()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertProjectAsync(partnership.Id, "Choir exchange");
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var mayorView = (await mayor.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}")).QuerySelector("#projects")!;
        var staffView = (await staff.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}")).QuerySelector("#projects")!;

        Assert.Contains("Choir exchange", mayorView.TextContent);
        Assert.Empty(mayorView.QuerySelectorAll("a[href*='/Projects/']"));
        Assert.NotNull(staffView.QuerySelector($"a[href='{CreateUrl(partnership.Id)}']"));
        Assert.Single(staffView.QuerySelectorAll("a[href$='/Edit']"));
    }

    [Fact]
    public async Task A_partnership_without_projects_says_how_to_add_one()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var details = await staff.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Contains("Add the first joint project", details.QuerySelector("[data-testid=projects-empty]")?.TextContent);
    }

    [Fact]
    public async Task Staff_edit_a_project_and_the_change_appears_in_the_history()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "School exchange", funder: "BMZ", amount: 10_000m);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id);
        var client = await app.SignedInClientAsync(staff, "en");

        var form = await client.GetDocumentAsync(EditUrl(partnership.Id, project.Id));
        Assert.Equal("School exchange", form.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("10000", form.QuerySelector("#Input_Amount")?.GetAttribute("value"));
        var response = await client.SubmitFormAsync(EditUrl(partnership.Id, project.Id), new()
        {
            ["Input.Title"] = "School and youth exchange",
            ["Input.Funder"] = "Own budget",
            ["Input.Status"] = "Rejected",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership.Id}#projects", response.Headers.Location?.OriginalString);
        var saved = (await ProjectsOfAsync(partnership.Id)).Single();
        Assert.Equal("School and youth exchange", saved.Title);
        Assert.Equal("Own budget", saved.Funder);
        Assert.Equal(ProjectStatus.Rejected, saved.Status);
        Assert.Equal(10_000m, saved.Amount);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("Your changes to the project have been saved.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Project changed", latest);
        Assert.Contains("Funder: BMZ → Own budget", latest);
        Assert.Contains("Title: School exchange → School and youth exchange", latest);
    }

    [Fact]
    public async Task Staff_delete_a_project_after_confirming_and_the_history_keeps_it()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "Bike sharing pilot");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var edit = await client.GetDocumentAsync(EditUrl(partnership.Id, project.Id));
        Assert.Contains("Bike sharing pilot", edit.QuerySelector("#delete-dialog")?.TextContent);
        var response = await client.SubmitFormAsync(EditUrl(partnership.Id, project.Id), [], formSelector: "[data-testid=delete-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await ProjectsOfAsync(partnership.Id));
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("The project has been deleted.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.NotNull(details.QuerySelector("[data-testid=projects-empty]"));
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Project removed", latest);
        Assert.Contains("Bike sharing pilot", latest);
    }

    [Fact]
    public async Task An_amount_that_is_not_a_number_is_shown_next_to_the_field_with_the_input_kept()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var response = await client.SubmitFormAsync(CreateUrl(partnership.Id), new()
        {
            ["Input.Title"] = "Typed title",
            ["Input.Amount"] = "abc",
            ["Input.Funder"] = "BMZ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("'abc' is not a valid value.", page.QuerySelector("[data-valmsg-for='Input.Amount']")?.TextContent);
        Assert.Equal("abc", page.QuerySelector("#Input_Amount")?.GetAttribute("value"));
        Assert.Equal("Typed title", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("BMZ", page.QuerySelector("#Input_Funder")?.GetAttribute("value"));
        Assert.Empty(await ProjectsOfAsync(partnership.Id));
    }

    [Fact]
    public async Task An_invalid_currency_and_an_end_before_the_start_are_both_shown_next_to_their_fields()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var response = await client.SubmitFormAsync(CreateUrl(partnership.Id), new()
        {
            ["Input.Title"] = "Typed title",
            ["Input.StartsOn"] = "2026-05-01",
            ["Input.EndsOn"] = "2026-04-30",
            ["Input.Amount"] = "1200",
            ["Input.Currency"] = "EURO",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("three-letter currency code", page.QuerySelector("[data-valmsg-for='Input.Currency']")?.TextContent);
        Assert.Contains("end date cannot be before the start date", page.QuerySelector("[data-valmsg-for='Input.EndsOn']")?.TextContent);
        Assert.Equal("EURO", page.QuerySelector("#Input_Currency")?.GetAttribute("value"));
        Assert.Equal("2026-04-30", page.QuerySelector("#Input_EndsOn")?.GetAttribute("value"));
        Assert.Equal("1200", page.QuerySelector("#Input_Amount")?.GetAttribute("value"));
        Assert.Empty(await ProjectsOfAsync(partnership.Id));
    }

    [Fact]
    public async Task A_refused_edit_keeps_the_input_and_changes_nothing()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "Unchanged", amount: 500m);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");

        var response = await client.SubmitFormAsync(EditUrl(partnership.Id, project.Id), new()
        {
            ["Input.Title"] = "Typed title",
            ["Input.Amount"] = "-5",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between 0 and 1,000,000,000", page.QuerySelector("[data-valmsg-for='Input.Amount']")?.TextContent);
        Assert.Equal("Typed title", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Contains("Unchanged", page.QuerySelector(".page-lead")?.TextContent);
        var stored = (await ProjectsOfAsync(partnership.Id)).Single();
        Assert.Equal("Unchanged", stored.Title);
        Assert.Equal(500m, stored.Amount);
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_with_its_input_kept_and_can_then_overwrite()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "Original");
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var url = EditUrl(partnership.Id, project.Id);
        var staleVersion = (await second.GetDocumentAsync(url)).QuerySelector("#Input_Version")!.GetAttribute("value")!;

        await first.SubmitFormAsync(url, new() { ["Input.Title"] = "First person's title" });
        var refused = await second.SubmitFormAsync(url, new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.Title"] = "Second person's title",
            ["Input.Amount"] = "750",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Someone else changed this record", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Second person's title", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("750", page.QuerySelector("#Input_Amount")?.GetAttribute("value"));
        Assert.Equal("First person's title", (await ProjectsOfAsync(partnership.Id)).Single().Title);

        var overwrite = await second.SubmitFormAsync(url, new()
        {
            ["Input.Version"] = page.QuerySelector("#Input_Version")!.GetAttribute("value")!,
            ["Input.Title"] = "Second person's title",
        });
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Second person's title", (await ProjectsOfAsync(partnership.Id)).Single().Title);
    }

    [Fact]
    public async Task A_stale_edit_that_only_changes_action_areas_is_refused_too()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "Original");
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var url = EditUrl(partnership.Id, project.Id);
        var staleVersion = (await second.GetDocumentAsync(url)).QuerySelector("#Input_Version")!.GetAttribute("value")!;

        await first.SubmitFormAsync(url, new() { ["Input.Title"] = "Renamed" });
        var refused = await second.SubmitFormAsync(url, new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.AreaIds"] = (await AreaIdAsync(Health)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else changed this record", (await refused.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);
        var areas = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == project.Id).SelectMany(p => p.ActionAreas).CountAsync());
        Assert.Equal(0, areas);
    }

    [Fact]
    public async Task Saving_a_project_someone_else_deleted_meanwhile_finds_it_gone()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(partnership.Id, "Soon gone");
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "en");
        var url = EditUrl(partnership.Id, project.Id);
        var form = await second.GetDocumentAsync(url);

        await first.SubmitFormAsync(url, [], formSelector: "[data-testid=delete-form]");
        var response = await second.SubmitFormAsync("/Partnerships", new()
        {
            ["Input.Version"] = form.QuerySelector("#Input_Version")!.GetAttribute("value")!,
            ["Input.Title"] = "Too late",
        }, formSelector: "form[action='/Account/Logout']", action: url);

        // The project is gone: back to the partnership, saying so.
        Assert.Equal($"/Partnerships/Details/{partnership.Id}#projects", response.Headers.Location!.OriginalString);
        var details = await second.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("Someone else deleted this entry in the meantime", details.QuerySelector("[data-testid=error-message]")!.TextContent);
        Assert.Empty(await ProjectsOfAsync(partnership.Id));
    }

    public static TheoryData<MatrixViewer, string> Refused => new()
    {
        { MatrixViewer.OtherStaff, "CreateGet" },
        { MatrixViewer.OtherStaff, "CreatePost" },
        { MatrixViewer.OtherStaff, "EditGet" },
        { MatrixViewer.OtherStaff, "EditPost" },
        { MatrixViewer.OtherStaff, "DeletePost" },
        { MatrixViewer.OwnMayor, "CreateGet" },
        { MatrixViewer.OwnMayor, "CreatePost" },
        { MatrixViewer.OwnMayor, "EditGet" },
        { MatrixViewer.OwnMayor, "EditPost" },
        { MatrixViewer.OwnMayor, "DeletePost" },
        { MatrixViewer.OtherMayor, "CreateGet" },
        { MatrixViewer.OtherMayor, "CreatePost" },
        { MatrixViewer.OtherMayor, "EditGet" },
        { MatrixViewer.OtherMayor, "EditPost" },
        { MatrixViewer.OtherMayor, "DeletePost" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Users_who_may_not_change_the_partnership_are_denied_and_nothing_changes(MatrixViewer viewer, string action)
    {
        var (partnershipId, projectId, client) = await ArrangeAsync(viewer, isInternal: false);
        var before = await SnapshotAsync(partnershipId);

        var response = await SendAsync(client, action, partnershipId, projectId);

        AccessMatrix.AssertOutcome(Outcome.Denied, response);
        Assert.Equal(before, await SnapshotAsync(partnershipId));
    }

    public static TheoryData<MatrixViewer, string> HiddenInternal => new()
    {
        { MatrixViewer.OtherStaff, "CreateGet" },
        { MatrixViewer.OtherStaff, "CreatePost" },
        { MatrixViewer.OtherStaff, "EditGet" },
        { MatrixViewer.OtherStaff, "EditPost" },
        { MatrixViewer.OtherStaff, "DeletePost" },
        { MatrixViewer.OtherMayor, "CreateGet" },
        { MatrixViewer.OtherMayor, "EditGet" },
        { MatrixViewer.OtherMayor, "DeletePost" },
    };

    [Theory]
    [MemberData(nameof(HiddenInternal))]
    public async Task An_internal_partnership_of_other_cities_is_not_found(MatrixViewer viewer, string action)
    {
        var (partnershipId, projectId, client) = await ArrangeAsync(viewer, isInternal: true);
        var before = await SnapshotAsync(partnershipId);

        var response = await SendAsync(client, action, partnershipId, projectId);

        AccessMatrix.AssertOutcome(Outcome.Missing, response);
        Assert.Equal(before, await SnapshotAsync(partnershipId));
    }

    public static TheoryData<MatrixViewer, string> Allowed => new()
    {
        { MatrixViewer.OwnStaff, "Create" },
        { MatrixViewer.PartnerStaff, "Create" },
        { MatrixViewer.PartnerStaff, "Edit" },
        { MatrixViewer.PartnerStaff, "Delete" },
        { MatrixViewer.Admin, "Create" },
        { MatrixViewer.Admin, "Edit" },
        { MatrixViewer.Admin, "Delete" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Staff_of_either_city_and_admins_may_change_projects(MatrixViewer viewer, string action)
    {
        var (partnershipId, projectId, client) = await ArrangeAsync(viewer, isInternal: true);
        var before = await SnapshotAsync(partnershipId);

        var response = action switch
        {
            "Create" => await client.SubmitFormAsync(CreateUrl(partnershipId), new() { ["Input.Title"] = "Added by " + viewer }),
            "Edit" => await client.SubmitFormAsync(EditUrl(partnershipId, projectId), new() { ["Input.Title"] = "Changed by " + viewer }),
            _ => await client.SubmitFormAsync(EditUrl(partnershipId, projectId), [], formSelector: "[data-testid=delete-form]"),
        };

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(before, await SnapshotAsync(partnershipId));
    }

    [Theory]
    [InlineData("EditGet")]
    [InlineData("EditPost")]
    [InlineData("DeletePost")]
    public async Task A_project_of_another_partnership_is_not_found_under_this_one(string action)
    {
        var own = await app.InsertCityAsync();
        var mine = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var other = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id);
        var foreignProject = await InsertProjectAsync(other.Id, "Someone else's project");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var before = await SnapshotAsync(other.Id);

        var response = await SendAsync(client, action, mine.Id, foreignProject.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(other.Id));
    }

    [Fact]
    public async Task Unknown_and_deleted_partnerships_are_not_found()
    {
        var own = await app.InsertCityAsync();
        var deleted = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var project = await InsertProjectAsync(deleted.Id, "Left behind");
        await app.WithDbAsync(async db =>
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == deleted.Id);
            partnership.Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CreateUrl(int.MaxValue))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CreateUrl(deleted.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EditUrl(deleted.Id, project.Id))).StatusCode);
    }

    private static string CreateUrl(int partnershipId) => $"/Partnerships/{partnershipId}/Projects/Create";

    private static string EditUrl(int partnershipId, int projectId) => $"/Partnerships/{partnershipId}/Projects/{projectId}/Edit";

    /// <summary>Opens or posts to a project page; posts carry an antiforgery token from a page the user may open.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string action, int partnershipId, int projectId)
    {
        var url = action switch
        {
            "CreateGet" or "CreatePost" => CreateUrl(partnershipId),
            "DeletePost" => EditUrl(partnershipId, projectId) + "?handler=Delete",
            _ => EditUrl(partnershipId, projectId),
        };
        if (action.EndsWith("Get", StringComparison.Ordinal))
        {
            return await client.GetAsync(url);
        }

        return await client.SubmitFormAsync("/Partnerships", new()
        {
            ["Input.Title"] = "Changed by someone without the right",
            ["Input.Status"] = "Approved",
            ["Input.Amount"] = "1",
        }, formSelector: "form[action='/Account/Logout']", action: url);
    }

    private async Task<(int PartnershipId, int ProjectId, HttpClient Client)> ArrangeAsync(MatrixViewer viewer, bool isInternal)
    {
        var (_, _, partnership, client) = await app.ArrangeAsync(viewer, isInternal);
        var project = await InsertProjectAsync(partnership.Id, "Existing project", amount: 1_000m);
        return (partnership.Id, project.Id, client);
    }

    private Task<string> SnapshotAsync(int partnershipId) => app.SnapshotAsync(db => db.Projects
        .Where(p => p.PartnershipId == partnershipId)
        .OrderBy(p => p.Id)
        .Select(p => new { p.Id, p.Title, p.Status, p.Amount }));

    private Task<List<Project>> ProjectsOfAsync(int partnershipId) =>
        app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.PartnershipId == partnershipId).ToListAsync());

    private Task<int> AreaIdAsync(string name) => app.WithDbAsync(db => db.ActionAreas.Where(a => a.Name == name).Select(a => a.Id).SingleAsync());

    private Task<Project> InsertProjectAsync(int partnershipId, string title, ProjectStatus status = ProjectStatus.Idea,
        PartnerCommitment commitment = PartnerCommitment.Unknown, string? funder = null, decimal? amount = null, string currency = "EUR",
        DateOnly? deadline = null, params string[] areas) =>
        app.WithDbAsync(async db =>
        {
            var project = new Project(partnershipId, title);
            project.UpdateDetails(title, null, status, commitment, null, null);
            project.SetFunding(funder, null, amount, currency, deadline);
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
