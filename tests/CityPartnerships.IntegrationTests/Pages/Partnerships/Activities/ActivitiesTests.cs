using System.Net;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships.Activities;

public sealed class ActivitiesTests(PortalApp app)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Staff_of_either_city_add_an_activity_and_see_it_on_the_timeline_newest_first_and_in_the_history(bool partnerSide)
    {
        var (own, partner, partnership) = await ArrangePartnershipAsync();
        var later = await InsertActivityAsync(partnership, "Climate summit", new DateOnly(2026, 9, 1));
        var earlier = await InsertActivityAsync(partnership, "First visit", new DateOnly(2019, 6, 1));
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, partnerSide ? partner : own);
        var client = await app.SignedInClientAsync(staff);
        var area = await app.WithDbAsync(db => db.ActionAreas.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).FirstAsync());
        var title = Unique.Name("Heat plans exchange");

        var response = await client.SubmitFormAsync(CreateUrl(partnership), new()
        {
            ["Input.Kind"] = "ExpertExchange",
            ["Input.Title"] = title,
            ["Input.StartsOn"] = "2026-03-10",
            ["Input.EndsOn"] = "2026-03-12",
            ["Input.Place"] = "Lyon",
            ["Input.Participants"] = "14",
            ["Input.AreaIds"] = area.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Description"] = "Planners compared their heat action plans.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership}#activities", response.Headers.Location?.OriginalString);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("The activity has been added.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        var items = details.QuerySelectorAll("#activities [data-testid=activity]");
        Assert.Equal([later.Title, title, earlier.Title], items.Select(i => i.QuerySelector("[data-testid=activity-title]")!.TextContent.Trim()));
        var added = items[1].TextContent;
        Assert.Contains("10 Mar 2026 – 12 Mar 2026", added);
        Assert.Contains("Expert exchange", added);
        Assert.Contains("Place: Lyon", added);
        Assert.Contains("Participants: 14", added);
        Assert.Contains($"Action areas: {area.Name}", added);
        Assert.Contains("Planners compared their heat action plans.", added);

        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Activity added", latest);
        Assert.Contains(staff.DisplayName, latest);
        Assert.Contains($"Title: – → {title}", latest);
        Assert.Contains("Kind: – → Expert exchange", latest);
    }

    [Fact]
    public async Task The_add_form_starts_with_today_and_an_incoming_delegation()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var page = await client.GetDocumentAsync(CreateUrl(partnership));

        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("#Input_StartsOn")?.GetAttribute("value"));
        Assert.Equal("IncomingDelegation", page.QuerySelector("#Input_Kind option[selected]")?.GetAttribute("value"));
        var breadcrumbs = page.QuerySelectorAll(".breadcrumb-item").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Partnerships", await PartnershipTitleAsync(partnership), "Add activity"], breadcrumbs);
    }

    [Fact]
    public async Task A_partnership_without_activities_says_so_and_offers_to_add_one_only_to_those_who_may()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own));

        var staffView = await staff.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        var mayorView = await mayor.GetDocumentAsync($"/Partnerships/Details/{partnership}");

        Assert.Contains("No activities recorded yet.", staffView.QuerySelector("#activities [data-testid=activities-empty]")?.TextContent);
        Assert.Equal(CreateUrl(partnership), staffView.QuerySelector("#activities [data-testid=add-activity]")?.GetAttribute("href"));
        Assert.Contains("No activities recorded yet.", mayorView.QuerySelector("#activities [data-testid=activities-empty]")?.TextContent);
        Assert.Null(mayorView.QuerySelector("#activities a"));
    }

    [Fact]
    public async Task The_timeline_speaks_german()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        await InsertActivityAsync(partnership, "Jugendcamp", new DateOnly(2025, 7, 1), participants: 1500, kind: ActivityKind.YouthExchange);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own), language: "de");

        var timeline = (await client.GetDocumentAsync($"/Partnerships/Details/{partnership}")).QuerySelector("#activities")!;

        Assert.Equal("Aktivitäten", timeline.QuerySelector("h2")?.TextContent.Trim());
        Assert.Contains("Jugendaustausch", timeline.TextContent);
        Assert.Contains("Teilnehmende: 1.500", timeline.TextContent);
        Assert.Contains("1. Juli 2025", timeline.TextContent);
    }

    [Fact]
    public async Task Staff_edit_an_activity_and_the_change_appears_on_the_timeline_and_in_the_history()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var activity = await InsertActivityAsync(partnership, "Old title", participants: 12);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own);
        var client = await app.SignedInClientAsync(staff);
        var form = await client.GetDocumentAsync(EditUrl(partnership, activity.Id));
        Assert.Equal("Old title", form.QuerySelector("#Input_Title")?.GetAttribute("value"));

        var response = await client.SubmitFormAsync(EditUrl(partnership, activity.Id), new()
        {
            ["Input.Title"] = "New title",
            ["Input.Participants"] = "40",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership}#activities", response.Headers.Location?.OriginalString);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("Your changes to the activity have been saved.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Equal("New title", details.QuerySelector("#activities [data-testid=activity-title]")?.TextContent.Trim());
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Activity changed", latest);
        Assert.Contains(staff.DisplayName, latest);
        Assert.Contains("Title: Old title → New title", latest);
        Assert.Contains("Participants: 12 → 40", latest);
    }

    [Fact]
    public async Task Staff_delete_an_activity_after_confirming_and_the_history_keeps_a_record_of_it()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var activity = await InsertActivityAsync(partnership, "Cancelled visit");
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own);
        var client = await app.SignedInClientAsync(staff);
        var form = await client.GetDocumentAsync(EditUrl(partnership, activity.Id));
        // The delete button only opens the confirmation; the dialog holds the form that deletes.
        Assert.Equal("#delete-dialog", form.QuerySelector("main form button[data-bs-toggle=modal]")?.GetAttribute("data-bs-target"));
        Assert.NotNull(form.QuerySelector("#delete-dialog form[action$='handler=Delete']"));

        var response = await client.SubmitFormAsync(EditUrl(partnership, activity.Id), [], formSelector: "#delete-dialog form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Partnerships/Details/{partnership}#activities", response.Headers.Location?.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Activities.AnyAsync(a => a.Id == activity.Id)));
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership}");
        Assert.Contains("The activity has been deleted.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.NotNull(details.QuerySelector("#activities [data-testid=activities-empty]"));
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Activity removed", latest);
        Assert.Contains(staff.DisplayName, latest);
        Assert.Contains("Title: Cancelled visit → –", latest);
    }

    [Fact]
    public async Task An_end_before_the_start_is_shown_next_to_the_end_date_and_the_input_is_kept()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var response = await client.SubmitFormAsync(CreateUrl(partnership), new()
        {
            ["Input.Title"] = "Backwards trip",
            ["Input.StartsOn"] = "2026-05-10",
            ["Input.EndsOn"] = "2026-05-01",
            ["Input.Description"] = "Typed text",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("The end date cannot be before the start date.", page.QuerySelector("[data-valmsg-for='Input.EndsOn']")?.TextContent);
        Assert.Equal("Backwards trip", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("2026-05-01", page.QuerySelector("#Input_EndsOn")?.GetAttribute("value"));
        Assert.Equal("Typed text", page.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.Equal(string.Empty, await SnapshotAsync(partnership));
    }

    [Fact]
    public async Task A_missing_title_and_participants_that_are_not_a_number_are_shown_next_to_their_fields_and_the_input_is_kept()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        var response = await client.SubmitFormAsync(CreateUrl(partnership), new()
        {
            ["Input.Kind"] = "Conference",
            ["Input.Title"] = "",
            ["Input.Participants"] = "abc",
            ["Input.Place"] = "Kept place",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Title is required.", page.QuerySelector("[data-valmsg-for='Input.Title']")?.TextContent);
        Assert.Contains("'abc' is not a valid value.", page.QuerySelector("[data-valmsg-for='Input.Participants']")?.TextContent);
        Assert.Equal("abc", page.QuerySelector("#Input_Participants")?.GetAttribute("value"));
        Assert.Equal("Kept place", page.QuerySelector("#Input_Place")?.GetAttribute("value"));
        Assert.Equal("Conference", page.QuerySelector("#Input_Kind option[selected]")?.GetAttribute("value"));
        Assert.Equal(string.Empty, await SnapshotAsync(partnership));
    }

    [Fact]
    public async Task A_negative_number_of_participants_is_refused_on_edit_and_changes_nothing()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var activity = await InsertActivityAsync(partnership, "Unchanged");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var before = await SnapshotAsync(partnership);

        var response = await client.SubmitFormAsync(EditUrl(partnership, activity.Id), new()
        {
            ["Input.Title"] = "Typed title",
            ["Input.Participants"] = "-3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("The number of participants must be between 0 and 1,000,000.",
            page.QuerySelector("[data-valmsg-for='Input.Participants']")?.TextContent);
        Assert.Equal("Typed title", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal(before, await SnapshotAsync(partnership));
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_with_its_input_kept_and_can_then_overwrite()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var activity = await InsertActivityAsync(partnership, "Original");
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var staleVersion = (await second.GetDocumentAsync(EditUrl(partnership, activity.Id))).QuerySelector("#Input_Version")!.GetAttribute("value")!;

        var saved = await first.SubmitFormAsync(EditUrl(partnership, activity.Id), new() { ["Input.Title"] = "First person's title" });
        var refused = await second.SubmitFormAsync(EditUrl(partnership, activity.Id), new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.Title"] = "Second person's title",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Someone else changed this record", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Second person's title", page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("First person's title", await TitleAsync(activity.Id));

        var overwrite = await second.SubmitFormAsync(EditUrl(partnership, activity.Id), new()
        {
            ["Input.Version"] = page.QuerySelector("#Input_Version")!.GetAttribute("value")!,
            ["Input.Title"] = "Second person's title",
        });
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Second person's title", await TitleAsync(activity.Id));
    }

    [Fact]
    public async Task A_stale_edit_that_only_changes_action_areas_is_refused_too()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var activity = await InsertActivityAsync(partnership, "Original");
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));
        var staleVersion = (await second.GetDocumentAsync(EditUrl(partnership, activity.Id))).QuerySelector("#Input_Version")!.GetAttribute("value")!;
        var areaId = await app.WithDbAsync(db => db.ActionAreas.OrderBy(a => a.Name).Select(a => a.Id).FirstAsync());

        await first.SubmitFormAsync(EditUrl(partnership, activity.Id), new() { ["Input.Title"] = "First person's title" });
        var refused = await second.SubmitFormAsync(EditUrl(partnership, activity.Id), new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.AreaIds"] = areaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else changed this record", (await refused.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Activities.Where(a => a.Id == activity.Id).SelectMany(a => a.ActionAreas).CountAsync()));
    }

    // Expected outcome: Ok (200 for a page, a redirect back to the partnership for a change), Denied (redirect to the
    // access-denied page), Missing (404).
    public static TheoryData<MatrixViewer, string, Outcome> Access => new()
    {
        { MatrixViewer.OwnStaff, "open-create", Outcome.Ok },
        { MatrixViewer.PartnerStaff, "open-create", Outcome.Ok },
        { MatrixViewer.Admin, "open-create", Outcome.Ok },
        { MatrixViewer.OwnStaff, "open-edit", Outcome.Ok },
        { MatrixViewer.PartnerStaff, "open-edit", Outcome.Ok },
        { MatrixViewer.Admin, "open-edit", Outcome.Ok },
        { MatrixViewer.PartnerStaff, "create", Outcome.Ok },
        { MatrixViewer.Admin, "create", Outcome.Ok },
        { MatrixViewer.PartnerStaff, "edit", Outcome.Ok },
        { MatrixViewer.Admin, "edit", Outcome.Ok },
        { MatrixViewer.OwnStaff, "delete", Outcome.Ok },
        { MatrixViewer.Admin, "delete", Outcome.Ok },
        { MatrixViewer.OtherStaff, "open-create", Outcome.Denied },
        { MatrixViewer.OtherStaff, "open-edit", Outcome.Denied },
        { MatrixViewer.OtherStaff, "create", Outcome.Denied },
        { MatrixViewer.OtherStaff, "edit", Outcome.Denied },
        { MatrixViewer.OtherStaff, "delete", Outcome.Denied },
        { MatrixViewer.OwnMayor, "open-create", Outcome.Denied },
        { MatrixViewer.OwnMayor, "open-edit", Outcome.Denied },
        { MatrixViewer.OwnMayor, "create", Outcome.Denied },
        { MatrixViewer.OwnMayor, "edit", Outcome.Denied },
        { MatrixViewer.OwnMayor, "delete", Outcome.Denied },
        { MatrixViewer.OtherMayor, "create", Outcome.Denied },
        { MatrixViewer.OtherMayor, "delete", Outcome.Denied },
    };

    [Theory]
    [MemberData(nameof(Access))]
    public async Task Opening_and_changing_the_activities_of_a_partnership(MatrixViewer viewer, string action, Outcome expected)
    {
        var (partnership, activity, client) = await ArrangeAccessAsync(viewer, isInternal: false);
        var before = await SnapshotAsync(partnership);

        var response = await SendAsync(client, action, partnership, activity);

        var after = await SnapshotAsync(partnership);
        if (expected == Outcome.Denied || action.StartsWith("open-", StringComparison.Ordinal))
        {
            AccessMatrix.AssertOutcome(expected, response);
            Assert.Equal(before, after);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/Partnerships/Details/{partnership}#activities", response.Headers.Location?.OriginalString);
            Assert.NotEqual(before, after);
        }
    }

    public static TheoryData<MatrixViewer, string> InternalOfOtherCities => new()
    {
        { MatrixViewer.OtherStaff, "open-create" },
        { MatrixViewer.OtherStaff, "open-edit" },
        { MatrixViewer.OtherStaff, "create" },
        { MatrixViewer.OtherStaff, "edit" },
        { MatrixViewer.OtherStaff, "delete" },
        { MatrixViewer.OtherMayor, "open-edit" },
        { MatrixViewer.OtherMayor, "delete" },
    };

    [Theory]
    [MemberData(nameof(InternalOfOtherCities))]
    public async Task The_activities_of_an_internal_partnership_of_other_cities_are_not_found(MatrixViewer viewer, string action)
    {
        var (partnership, activity, client) = await ArrangeAccessAsync(viewer, isInternal: true);
        var before = await SnapshotAsync(partnership);

        var response = await SendAsync(client, action, partnership, activity);

        AccessMatrix.AssertOutcome(Outcome.Missing, response);
        Assert.Equal(before, await SnapshotAsync(partnership));
    }

    [Theory]
    [InlineData("open-create")]
    [InlineData("open-edit")]
    [InlineData("create")]
    [InlineData("delete")]
    public async Task The_activities_of_a_deleted_partnership_are_not_found(string action)
    {
        var (partnership, activity, client) = await ArrangeAccessAsync(MatrixViewer.OwnStaff, isInternal: false);
        await app.WithDbAsync(async db =>
        {
            (await db.Partnerships.SingleAsync(p => p.Id == partnership)).Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var before = await SnapshotAsync(partnership);

        var response = await SendAsync(client, action, partnership, activity);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(partnership));
    }

    [Theory]
    [InlineData("open-edit")]
    [InlineData("edit")]
    [InlineData("delete")]
    public async Task An_activity_of_another_partnership_is_not_found_under_this_one(string action)
    {
        // The user may change both partnerships: only the pairing in the address is wrong.
        var own = await app.InsertCityAsync();
        var mine = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var other = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var activityOfOther = await InsertActivityAsync(other.Id, "Belongs elsewhere");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var before = await SnapshotAsync(other.Id);

        var response = await SendAsync(client, action, mine.Id, activityOfOther.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(other.Id));
        Assert.Equal(string.Empty, await SnapshotAsync(mine.Id));
    }

    [Fact]
    public async Task An_unknown_partnership_or_activity_is_not_found()
    {
        var (own, _, partnership) = await ArrangePartnershipAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CreateUrl(int.MaxValue))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(EditUrl(partnership, int.MaxValue))).StatusCode);
    }

    /// <summary>
    /// Opens a page, or posts a change the way an attacker editing a form would: with the antiforgery token of a page
    /// this user may open, and the activity's current version so that only authorization can stop it.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string action, int partnership, int activity)
    {
        switch (action)
        {
            case "open-create":
                return await client.GetAsync(CreateUrl(partnership));
            case "open-edit":
                return await client.GetAsync(EditUrl(partnership, activity));
        }

        var version = await app.WithDbAsync(db => db.Activities.Where(a => a.Id == activity).Select(a => a.Version).SingleAsync());
        var url = action switch
        {
            "create" => CreateUrl(partnership),
            "edit" => EditUrl(partnership, activity),
            _ => EditUrl(partnership, activity) + "?handler=Delete",
        };
        return await client.SubmitFormAsync("/Partnerships", new()
        {
            ["Input.Kind"] = "Event",
            ["Input.Title"] = "Changed by " + Guid.NewGuid().ToString("N"),
            ["Input.StartsOn"] = "2025-01-01",
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formSelector: "form[action='/Account/Logout']", action: url);
    }

    private async Task<(int Partnership, int Activity, HttpClient Client)> ArrangeAccessAsync(MatrixViewer viewer, bool isInternal)
    {
        var (_, _, partnership, client) = await app.ArrangeAsync(viewer, isInternal);
        var activity = await InsertActivityAsync(partnership.Id, "Existing activity");
        return (partnership.Id, activity.Id, client);
    }

    private async Task<(int Own, int Partner, int Partnership)> ArrangePartnershipAsync()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id);
        return (own.Id, partner.Id, partnership.Id);
    }

    private Task<Activity> InsertActivityAsync(int partnershipId, string title, DateOnly? startsOn = null, int? participants = 12,
        ActivityKind kind = ActivityKind.IncomingDelegation) =>
        app.WithDbAsync(async db =>
        {
            var activity = new Activity(partnershipId, kind, title, startsOn ?? new DateOnly(2025, 5, 1), null, "Town hall", participants, "Meetings.");
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return activity;
        });

    /// <summary>Everything stored about the partnership's activities, to show that a refused request changed nothing.</summary>
    private Task<string> SnapshotAsync(int partnershipId) => app.SnapshotAsync(db => db.Activities
        .Where(a => a.PartnershipId == partnershipId)
        .OrderBy(a => a.Id)
        .Select(a => new { a.Id, a.Kind, a.Title, a.StartsOn, a.EndsOn, a.Place, a.Participants, a.Description, a.Version }));

    private Task<string> TitleAsync(int activityId) =>
        app.WithDbAsync(db => db.Activities.AsNoTracking().Where(a => a.Id == activityId).Select(a => a.Title).SingleAsync());

    private Task<string> PartnershipTitleAsync(int partnershipId) => app.WithDbAsync(db => db.Partnerships.AsNoTracking()
        .Where(p => p.Id == partnershipId)
        .Select(p => p.City!.Name + " – " + p.PartnerCity!.Name)
        .SingleAsync());

    private static string CreateUrl(int partnershipId) => $"/Partnerships/{partnershipId}/Activities/Create";

    private static string EditUrl(int partnershipId, int activityId) => $"/Partnerships/{partnershipId}/Activities/{activityId}/Edit";
}
