using System.Text.Json;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

public sealed class CityAdministrationJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("en-GB", "en", "Cities", "Merge", "Choose", "Merge into", "was merged into")]
    [InlineData("de-DE", "de", "Städte", "Zusammenführen", "Auswählen", "zusammenführen", "wurde mit")]
    public async Task An_admin_merges_a_city_added_by_hand_into_the_gazetteer_place_and_its_partnership_follows(
        string locale, string language, string citiesLink, string mergeLink, string choose, string confirm, string done)
    {
        var name = $"Springfield {language} {Guid.NewGuid():N}"[..24];
        var duplicateId = await app.InsertCityAsync(new City(name, "US", "IL"));
        var place = new City(name, "US", "Illinois", 39.80, -89.64, 114_394);
        place.LinkToGazetteer(700_000_000 + Random.Shared.Next(100_000_000));
        var placeId = await app.InsertCityAsync(place);
        var partnershipId = await app.WithDbAsync(async db =>
        {
            var member = await db.Cities.Where(c => c.IsAssociationMember).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var partnership = new Partnership(member, duplicateId, PartnershipKind.Friendship, PartnershipStatus.Active, null, null, null, DateTime.UtcNow);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            return partnership.Id;
        });

        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync("/Admin");
        await page.GetByTestId("cities-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(citiesLink);
        await page.Locator("#q").FillAsync(name);
        await page.GetByTestId("city-filter").Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("cities-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, $"city-admin-list-{language}");

        await page.GetByTestId("cities-table").GetByRole(AriaRole.Link, new() { Name = $"{mergeLink} {name}" }).ClickAsync();
        var candidates = page.GetByTestId("merge-candidates");
        await Assertions.Expect(candidates).ToContainTextAsync("114");
        await candidates.GetByRole(AriaRole.Link, new() { Name = $"{choose} {name}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-merge")).ToContainTextAsync(confirm);
        await BrowserApp.ScreenshotAsync(page, $"city-admin-merge-{language}");
        var violations = await AccessibilityChecks.SeriousViolationsAsync(page);
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(violations)!.Count == 0, $"{language}: {violations}");

        await page.GetByTestId("confirm-merge").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync(done);
        await BrowserApp.ScreenshotAsync(page, $"city-admin-merged-{language}");
        await page.Context.CloseAsync();

        var moved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnershipId));
        Assert.Equal(placeId, moved.PartnerCityId);
        Assert.False(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Id == duplicateId)));
    }

    [Theory]
    [InlineData("en-GB", "en", "Second partnership with the same partner")]
    [InlineData("de-DE", "de", "Zweite Partnerschaft mit demselben Partner")]
    public async Task A_merge_that_would_double_a_partnership_shows_the_records_in_the_way_and_offers_no_merge(string locale, string language, string reason)
    {
        var name = $"Newcastle {language} {Guid.NewGuid():N}"[..24];
        var duplicateId = await app.InsertCityAsync(new City(name, "GB"));
        var place = new City(name, "GB", "England", 54.97, -1.61, 192_382);
        place.LinkToGazetteer(600_000_000 + Random.Shared.Next(100_000_000));
        var placeId = await app.InsertCityAsync(place);
        await app.WithDbAsync(async db =>
        {
            var member = await db.Cities.Where(c => c.IsAssociationMember).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            db.Partnerships.Add(new Partnership(member, placeId, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            db.Partnerships.Add(new Partnership(member, duplicateId, PartnershipKind.Twinning, PartnershipStatus.Dormant, null, null, null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync($"/Admin/Cities/Merge/{duplicateId}?target={placeId}");

        await Assertions.Expect(page.GetByTestId("merge-conflicts")).ToContainTextAsync(reason);
        await Assertions.Expect(page.GetByTestId("confirm-merge")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"city-admin-merge-conflict-{language}");
        var violations = await AccessibilityChecks.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(violations)!.Count == 0, $"{language}: {violations}");
        Assert.True(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Id == duplicateId)));
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "de")]
    public async Task The_city_page_and_a_network_page_read_well(string locale, string language)
    {
        var page = await app.NewPageAsync(locale, bypassContentSecurityPolicy: true);
        await BrowserApp.SignInAsync(page, "admin@example.org");
        await page.GotoAsync("/Admin");
        await page.GetByTestId("members-table").Locator("tbody tr").First.Locator("a.btn").ClickAsync();
        await Assertions.Expect(page.GetByTestId("city-form")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, $"city-admin-edit-{language}");
        var cityViolations = await AccessibilityChecks.SeriousViolationsAsync(page);

        await page.GotoAsync("/Admin/Networks");
        await page.GetByTestId("networks-table").Locator("tbody tr").First.Locator("a").First.ClickAsync();
        await page.Locator("#q").FillAsync("Lyon");
        await page.GetByTestId("member-search").Locator("button").ClickAsync();
        await BrowserApp.ScreenshotAsync(page, $"network-edit-{language}");
        var networkViolations = await AccessibilityChecks.SeriousViolationsAsync(page);
        await page.Context.CloseAsync();

        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(cityViolations)!.Count == 0, $"{language}: {cityViolations}");
        Assert.True(JsonSerializer.Deserialize<List<JsonElement>>(networkViolations)!.Count == 0, $"{language}: {networkViolations}");
    }
}
