using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Account.Manage;

/// <summary>Each user reads times on their own clock: German time unless they chose another zone on "My account".</summary>
public sealed partial class TimeZoneTests(PortalApp app)
{
    private const string TimeZoneForm = "form[action*='handler=TimeZone']";

    private async Task<(HttpClient Client, TestUser User, int PartnershipId, DateTime ChangedAt)> StaffWithAPartnershipAsync()
    {
        var city = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(city.Id, (await app.InsertCityAsync()).Id);
        var changedAt = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Partnership" && a.EntityId == partnership.Id.ToString(CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).Select(a => a.At).FirstAsync());
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        return (await app.SignedInClientAsync(user, "en"), user, partnership.Id, DateTime.SpecifyKind(changedAt, DateTimeKind.Utc));
    }

    private static string OnTheClockOf(string zoneId, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).ToString("d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en"));

    private static async Task<string> HistoryTextAsync(HttpClient client, int partnershipId) =>
        WhiteSpace().Replace((await client.GetDocumentAsync($"/Partnerships/Details/{partnershipId}")).QuerySelector("[data-testid=history-details]")!.TextContent, " ");

    [Fact]
    public async Task Times_are_in_german_time_until_the_user_chooses_new_york_and_then_on_the_new_york_clock()
    {
        var (client, user, partnershipId, changedAt) = await StaffWithAPartnershipAsync();
        Assert.Contains(OnTheClockOf("Europe/Berlin", changedAt), await HistoryTextAsync(client, partnershipId));
        var account = await client.GetDocumentAsync("/Account/Manage");
        Assert.Equal("Europe/Berlin", account.QuerySelector("[data-testid=time-zone] option[selected]")?.GetAttribute("value"));

        var saved = await client.SubmitFormAsync("/Account/Manage", new() { ["TimeZoneChoice"] = "America/New_York" }, TimeZoneForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetDocumentAsync("/Account/Manage");
        Assert.Contains("America/New York", after.QuerySelector("[role=status], .alert")!.TextContent);
        Assert.Equal("America/New_York", after.QuerySelector("[data-testid=time-zone] option[selected]")?.GetAttribute("value"));
        var history = await HistoryTextAsync(client, partnershipId);
        Assert.Contains(OnTheClockOf("America/New_York", changedAt), history);
        Assert.DoesNotContain(OnTheClockOf("Europe/Berlin", changedAt), history);
        Assert.Equal("America/New_York", await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task A_colleague_of_the_same_city_keeps_german_time()
    {
        var (client, user, partnershipId, changedAt) = await StaffWithAPartnershipAsync();
        await client.SubmitFormAsync("/Account/Manage", new() { ["TimeZoneChoice"] = "Asia/Tokyo" }, TimeZoneForm);
        var colleague = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, user.CityId), "en");

        Assert.Contains(OnTheClockOf("Asia/Tokyo", changedAt), await HistoryTextAsync(client, partnershipId));
        Assert.Contains(OnTheClockOf("Europe/Berlin", changedAt), await HistoryTextAsync(colleague, partnershipId));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    public async Task A_zone_that_is_not_on_the_list_is_refused_with_a_message_and_nothing_changes(string forged)
    {
        var (client, user, _, _) = await StaffWithAPartnershipAsync();

        var response = await client.SubmitFormAsync("/Account/Manage", new() { ["TimeZoneChoice"] = forged }, TimeZoneForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Choose a time zone from the list.", page.QuerySelector("[data-valmsg-for=TimeZoneChoice]")?.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#TimeZoneChoice")?.GetAttribute("aria-invalid"));
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TimeZone).SingleAsync()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
