using System.Net;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class DetailsTests(PortalApp app)
{
    [Fact]
    public async Task Details_show_both_cities_on_a_map_with_their_distance()
    {
        var first = await app.WithDbAsync(async db =>
        {
            var düsseldorf = new Domain.Cities.City(Unique.Name("Düsseldorf"), "DE", "North Rhine-Westphalia", 51.2277, 6.7735);
            var toulouse = new Domain.Cities.City(Unique.Name("Toulouse"), "FR", "Occitanie", 43.6047, 1.4442);
            db.Cities.AddRange(düsseldorf, toulouse);
            await db.SaveChangesAsync();
            return (düsseldorf, toulouse);
        });
        var partnership = await app.InsertPartnershipAsync(first.düsseldorf.Id, first.toulouse.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        var map = page.QuerySelector("[data-testid=pair-map]")!;
        Assert.Contains($"Map showing {first.düsseldorf.Name} and {first.toulouse.Name}", map.QuerySelector("title")?.TextContent);
        Assert.Equal(2, map.QuerySelectorAll("circle").Length);
        // Düsseldorf–Toulouse is about 940 km as the crow flies.
        Assert.Matches("9[34][0-9] km apart", map.QuerySelector("figcaption")?.TextContent);
    }

    [Theory]
    [InlineData("en", "Created · System (automatic)")]
    [InlineData("de", "Angelegt · System (automatisch)")]
    public async Task History_names_the_system_in_the_users_language_for_records_nobody_signed_in_made(string language, string expected)
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);

        var page = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        var created = page.QuerySelector("[data-testid=history] li div")?.TextContent;
        Assert.StartsWith(expected, System.Text.RegularExpressions.Regex.Replace(created ?? "", @"\s+", " ").Trim());
    }

    [Fact]
    public async Task Details_without_coordinates_say_why_there_is_no_map()
    {
        var own = await app.InsertCityAsync();
        var noCoordinates = await app.WithDbAsync(async db =>
        {
            var city = new Domain.Cities.City(Unique.Name("Nowhere"), "DE");
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            return city;
        });
        var partnership = await app.InsertPartnershipAsync(own.Id, noCoordinates.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var page = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Null(page.QuerySelector("[data-testid=pair-map]"));
        Assert.Contains("coordinates are missing", page.Body!.TextContent);
    }

    [Fact]
    public async Task Confirming_a_record_as_current_clears_the_check_due_flag()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var before = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("check due", before.QuerySelector("[data-testid=last-verified]")?.TextContent);

        await client.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", [], formSelector: "form[action$='handler=Verify']");

        var after = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.DoesNotContain("check due", after.QuerySelector("[data-testid=last-verified]")?.TextContent);
        Assert.Contains("Marked as checked today.", after.QuerySelector("[data-testid=status-message]")?.TextContent);
    }

    [Fact]
    public async Task A_recent_activity_counts_as_current_even_without_a_confirmation()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await app.WithDbAsync(async db =>
        {
            db.Activities.Add(new Domain.Activities.Activity(partnership.Id, Domain.Activities.ActivityKind.IncomingDelegation,
                "Delegation visit", DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-2)), null, null, 12, null));
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        var list = await client.GetDocumentAsync($"/Partnerships?mine=true&q={Uri.EscapeDataString(own.Name)}");

        Assert.DoesNotContain("check due", details.QuerySelector("[data-testid=last-verified]")?.TextContent);
        Assert.DoesNotContain("check due", list.QuerySelector("tbody tr")?.TextContent);
    }

    [Fact]
    public async Task Ending_a_partnership_sets_the_status_and_the_date()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, startedOn: new DateOnly(2001, 1, 1));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        await client.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", new() { ["endedOn"] = "2025-12-31" },
            formSelector: "form[action$='handler=End']");

        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnership.Id));
        Assert.Equal(PartnershipStatus.Ended, saved.Status);
        Assert.Equal(new DateOnly(2025, 12, 31), saved.EndedOn);
    }

    [Fact]
    public async Task An_end_date_before_the_start_is_refused_with_a_message()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id, startedOn: new DateOnly(2001, 1, 1));
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        await client.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", new() { ["endedOn"] = "1999-01-01" },
            formSelector: "form[action$='handler=End']");

        var page = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("The end date cannot be before the start date.", page.QuerySelector("[data-testid=error-message]")?.TextContent);
        Assert.Equal(PartnershipStatus.Active, await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == partnership.Id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Deleted_partnerships_disappear_and_an_admin_can_restore_them()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var deleted = await staff.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", [], formSelector: "form[action$='handler=Delete']");

        Assert.Equal("/Partnerships", deleted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Partnerships/Details/{partnership.Id}")).StatusCode);
        Assert.Empty((await staff.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(own.Name)}")).QuerySelectorAll("tbody tr"));

        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var restored = await admin.SubmitFormAsync("/Admin/Partnerships/Deleted", [],
            formSelector: $"form[action='/Admin/Partnerships/Deleted?id={partnership.Id}&handler=Restore']");
        Assert.Equal($"/Partnerships/Details/{partnership.Id}", restored.Headers.Location?.OriginalString);
        var page = await staff.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        var history = page.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("Restored", history);
        Assert.Contains("Deleted", history);
    }
}
