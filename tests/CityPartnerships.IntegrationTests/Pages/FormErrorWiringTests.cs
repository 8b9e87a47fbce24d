using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages;

/// <summary>
/// The error wiring every form gets from the shared tag helpers (src/CityPartnerships.Web/Forms): what a screen reader
/// needs after a refused submit is in the HTML the server sends, before any script runs.
/// </summary>
public sealed class FormErrorWiringTests(PortalApp app)
{
    [Fact]
    public async Task A_refused_field_is_marked_invalid_described_by_its_message_and_linked_from_the_summary()
    {
        var own = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerName"] = "",
            ["Input.StartedOn"] = "not a date",
            ["Input.Description"] = "Typed before the mistake: kept.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var partner = page.QuerySelector("#Input_PartnerName")!;
        Assert.Equal("true", partner.GetAttribute("aria-invalid"));
        Assert.Equal("partner-help Input_PartnerName-error", partner.GetAttribute("aria-describedby"));
        Assert.Equal("Partner city is required.", page.QuerySelector("#Input_PartnerName-error")!.TextContent.Trim());
        var started = page.QuerySelector("#Input_StartedOn")!;
        Assert.Equal("true", started.GetAttribute("aria-invalid"));
        Assert.Equal("started-help Input_StartedOn-error", started.GetAttribute("aria-describedby"));
        Assert.False(page.QuerySelector("#Input_Description")!.HasAttribute("aria-invalid"));
        Assert.Equal("Typed before the mistake: kept.", page.QuerySelector("#Input_Description")!.TextContent);

        var summary = page.QuerySelector("[data-testid=form-errors]")!;
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        var heading = summary.QuerySelector("h2")!;
        Assert.Equal("Please correct the following:", heading.TextContent);
        Assert.Equal(heading.Id, summary.GetAttribute("aria-labelledby"));
        var links = summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_PartnerName", links);
        Assert.Contains("#Input_StartedOn", links);
    }

    [Fact]
    public async Task An_error_about_the_whole_form_stays_text_and_the_summary_is_in_the_users_language()
    {
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, (await app.InsertCityAsync()).Id);
        var client = app.CreateClient("de");

        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "wrong password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        var summary = page.QuerySelector("[data-testid=login-errors]")!;
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("Bitte korrigieren Sie Folgendes:", summary.QuerySelector("h2")!.TextContent);
        Assert.Single(summary.QuerySelectorAll("li"));
        Assert.Empty(summary.QuerySelectorAll("a"));
        Assert.Equal(user.Email, page.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }
}
