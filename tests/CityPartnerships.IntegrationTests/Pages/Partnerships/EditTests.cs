using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class EditTests(PortalApp app)
{
    [Fact]
    public async Task Staff_edit_their_citys_partnership_and_the_change_appears_in_the_history()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(partner.Id, own.Id, description: "Old text");
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id);
        var client = await app.SignedInClientAsync(staff);

        var response = await client.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Dormant",
            ["Input.Description"] = "New text",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("Your changes have been saved.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        var latest = details.QuerySelector("[data-testid=history] li")!.TextContent;
        Assert.Contains("Changed", latest);
        Assert.Contains(staff.DisplayName, latest);
        Assert.Contains("Status: Active → Dormant", latest);
        Assert.Contains("Description: Old text → New text", latest);
    }

    [Fact]
    public async Task A_start_known_only_by_year_or_month_appears_in_the_history_as_it_was_entered()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "de");

        async Task<string> EditStartAsync(string startedOn)
        {
            await client.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
            {
                ["Input.Kind"] = "Twinning",
                ["Input.Status"] = "Active",
                ["Input.StartedOn"] = startedOn,
            });
            return (await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}")).QuerySelector("[data-testid=history] li")!.TextContent;
        }

        var year = await EditStartAsync("1988");
        var month = await EditStartAsync("05/1988");

        Assert.Contains("Beginn: – → 1988", year);
        Assert.DoesNotContain("1. Jan. 1988", year);
        Assert.Contains("Beginn: 1988 → Mai 1988", month);
        Assert.DoesNotContain("Genauigkeit", year + month);
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_is_refused_with_its_input_kept_and_can_then_overwrite()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var secondForm = await second.GetDocumentAsync($"/Partnerships/Edit/{partnership.Id}");
        var staleVersion = secondForm.QuerySelector("#Input_Version")!.GetAttribute("value")!;

        await first.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.Description"] = "First person's text",
        });
        var refused = await second.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Version"] = staleVersion,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.Description"] = "Second person's text",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Contains("Someone else changed this record", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("Second person's text", page.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.Equal("First person's text", await DescriptionAsync(partnership.Id));

        var overwrite = await second.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Version"] = page.QuerySelector("#Input_Version")!.GetAttribute("value")!,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.Description"] = "Second person's text",
        });
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Second person's text", await DescriptionAsync(partnership.Id));
    }

    [Fact]
    public async Task A_tampered_checkbox_value_shows_the_form_again_and_changes_nothing()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, description: "Old text");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Description"] = "New text",
            ["Input.IsInternal"] = "yes",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("'yes' is not a valid value.", page.QuerySelector("[data-valmsg-for='Input.IsInternal']")?.TextContent.Trim());
        Assert.Equal("Old text", await DescriptionAsync(partnership.Id));
    }

    [Fact]
    public async Task Invalid_dates_keep_the_input_and_change_nothing()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, description: "Unchanged");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync($"/Partnerships/Edit/{partnership.Id}", new()
        {
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.EndedOn"] = "2024-01-01",
            ["Input.StartedOn"] = "not a date",
            ["Input.Description"] = "Typed text",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This is not a date.", page.QuerySelector("[data-valmsg-for='Input.StartedOn']")?.TextContent);
        Assert.Equal("not a date", page.QuerySelector("#Input_StartedOn")?.GetAttribute("value"));
        Assert.Equal("Typed text", page.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.Equal("Unchanged", await DescriptionAsync(partnership.Id));
    }

    private Task<string?> DescriptionAsync(int id) =>
        app.WithDbAsync(db => db.Partnerships.AsNoTracking().Where(p => p.Id == id).Select(p => p.Description).SingleAsync());
}
