using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CityPartnerships.Tests.Journeys;

/// <summary>
/// Düsseldorf's partner Warsaw as a German reader knows it, "Warschau", on every page that names it; the English pages
/// keep "Warsaw". The demo here runs without the gazetteer, so Warsaw gets the German name the gazetteer import gives it.
/// </summary>
public sealed class GermanCityNamesJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Germans_read_warschau_in_the_list_the_details_the_directory_and_the_dashboard()
    {
        var (partnershipId, duesseldorfId) = await app.WithDbAsync(async db =>
        {
            var warsaw = await db.Cities.SingleAsync(c => c.Name == "Warsaw" && c.CountryCode == "PL");
            if (warsaw.GermanName is null)
            {
                warsaw.NameInGerman("Warschau");
                db.CityNames.Add(new Domain.Cities.CityName(warsaw.Id, "de", "Warschau"));
                await db.SaveChangesAsync();
            }

            var duesseldorf = await db.Cities.SingleAsync(c => c.Name == "Düsseldorf" && c.IsAssociationMember);
            var partnership = await db.Partnerships.SingleAsync(p => p.CityId == duesseldorf.Id && p.PartnerCityId == warsaw.Id);
            return (partnership.Id, duesseldorf.Id);
        });
        var staff = await app.NewPageAsync("de-DE");
        await BrowserApp.SignInAsync(staff, "duesseldorf.staff@example.org");
        var mayor = await app.NewPageAsync("de-DE");
        await BrowserApp.SignInAsync(mayor, "duesseldorf.mayor@example.org");
        var visitor = await app.NewPageAsync("de-DE");
        var english = await app.NewPageAsync("en-GB");

        await staff.GotoAsync("/Partnerships?mine=true&q=Warschau");
        await Assertions.Expect(staff.Locator("main tbody")).ToContainTextAsync("Warschau");
        await BrowserApp.ScreenshotAsync(staff, "german-names-partnerships-de");
        await staff.GotoAsync($"/Partnerships/Details/{partnershipId}");
        await Assertions.Expect(staff.Locator("h1")).ToHaveTextAsync("Düsseldorf – Warschau");
        await BrowserApp.ScreenshotAsync(staff, "german-names-details-de");
        await visitor.GotoAsync($"/Directory/City/{duesseldorfId}");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Warschau");
        await BrowserApp.ScreenshotAsync(visitor, "german-names-directory-city-de");
        await visitor.GotoAsync("/Directory?q=Warschau");
        await Assertions.Expect(visitor.Locator("main tbody")).ToContainTextAsync("Warschau");
        await BrowserApp.ScreenshotAsync(visitor, "german-names-directory-de");
        await mayor.GotoAsync("/Dashboard");
        await Assertions.Expect(mayor.Locator("main")).ToContainTextAsync("Warschau");
        await BrowserApp.ScreenshotAsync(mayor, "german-names-dashboard-de");
        await english.GotoAsync($"/Directory/City/{duesseldorfId}");
        await Assertions.Expect(english.Locator("main")).ToContainTextAsync("Warsaw");
        await Assertions.Expect(english.Locator("main")).Not.ToContainTextAsync("Warschau");
    }
}
