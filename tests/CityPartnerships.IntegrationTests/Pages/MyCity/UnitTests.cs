using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.MyCity;

public sealed class UnitTests(PortalApp app)
{
    [Fact]
    public async Task Staff_set_up_their_unit_with_focus_areas_and_networks_and_see_them_on_my_city()
    {
        var city = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var (climate, eurocities) = await app.WithDbAsync(async db => (
            (await db.ActionAreas.SingleAsync(a => a.Name == "Climate action and environmental protection")).Id,
            (await db.Networks.SingleAsync(n => n.Name == "Eurocities")).Id));

        var response = await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Office for International Affairs",
            ["Input.Kind"] = "Department",
            ["Input.StaffFte"] = "3.5",
            ["Input.AnnualBudgetEur"] = "420000",
            ["Input.ContactEmail"] = "international@city.example",
            ["Input.HasAdoptedInternationalStrategy"] = "true",
            ["Input.FocusAreaIds"] = climate.ToString(CultureInfo.InvariantCulture),
            ["Input.NetworkIds"] = eurocities.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync("/MyCity");
        Assert.Contains("The unit has been saved.", page.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Contains("3.5 FTE", page.Body!.TextContent);
        Assert.Contains("420,000 €", page.Body!.TextContent);
        Assert.Contains("Climate action and environmental protection", page.QuerySelector("[data-testid=focus-areas]")?.TextContent);
        Assert.Contains("Eurocities", page.QuerySelector("[data-testid=networks]")?.TextContent);
    }

    [Fact]
    public async Task A_german_reader_sees_the_citys_networks_by_their_german_names()
    {
        var city = await app.InsertCityAsync();
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var german = await app.SignedInClientAsync(user, "de-DE");
        var english = await app.SignedInClientAsync(user);
        var (climateAlliance, cemr) = await app.WithDbAsync(async db => (
            (await db.Networks.SingleAsync(n => n.Name == "Climate Alliance")).Id,
            (await db.Networks.SingleAsync(n => n.Acronym == "CEMR")).Id));
        var form = await german.GetDocumentAsync("/MyCity/Unit");

        var filled = await german.LoadFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Büro für Internationales",
            ["Input.Kind"] = "Office",
            ["Input.StaffFte"] = "2",
            ["Input.NetworkIds"] = climateAlliance.ToString(CultureInfo.InvariantCulture),
        });
        var response = await (filled with { Values = [.. filled.Values, new("Input.NetworkIds", cemr.ToString(CultureInfo.InvariantCulture))] }).SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Rat der Gemeinden und Regionen Europas (RGRE)", form.QuerySelector($"label[for=network-{cemr}]")?.TextContent);
        var shown = (await german.GetDocumentAsync("/MyCity")).QuerySelector("[data-testid=networks]")!.TextContent;
        Assert.Equal("Städtenetzwerke: Klima-Bündnis, RGRE", Regex.Replace(shown, @"\s+", " ").Trim());
        Assert.Contains("CEMR, Climate Alliance", (await english.GetDocumentAsync("/MyCity")).QuerySelector("[data-testid=networks]")?.TextContent);
    }

    [Fact]
    public async Task Changes_to_the_unit_and_its_networks_appear_in_the_citys_history_without_the_contact_address()
    {
        var city = await app.InsertCityAsync();
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var client = await app.SignedInClientAsync(staff);
        var eurocities = await app.WithDbAsync(async db => (await db.Networks.SingleAsync(n => n.Name == "Eurocities")).Id);
        await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Office for International Affairs",
            ["Input.StaffFte"] = "2",
            ["Input.ContactEmail"] = "first.person@city.example",
        });

        await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.StaffFte"] = "3.5",
            ["Input.ContactEmail"] = "second.person@city.example",
            ["Input.NetworkIds"] = eurocities.ToString(CultureInfo.InvariantCulture),
        });

        var history = (await client.GetDocumentAsync("/MyCity")).QuerySelector("[data-testid=history]")!;
        var entries = history.QuerySelectorAll(":scope > li").Select(li => Regex.Replace(li.TextContent, @"\s+", " ").Trim()).ToList();
        var changed = Assert.Single(entries, e => e.StartsWith($"Unit changed · {staff.DisplayName}", StringComparison.Ordinal));
        Assert.Contains("Staff (full-time equivalents): 2 → 3.5", changed);
        Assert.Contains("Contact e-mail", changed);
        Assert.Contains(entries, e => e.StartsWith("Changed", StringComparison.Ordinal) && e.Contains("City networks: – → Eurocities", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("Unit set up", StringComparison.Ordinal));
        var created = Assert.Single(entries, e => e.StartsWith("Created · System", StringComparison.Ordinal));
        Assert.Contains("Longitude: – → 6.8", created);
        Assert.DoesNotContain("person@city.example", history.TextContent);
    }

    [Fact]
    public async Task A_german_reader_sees_the_history_folded_with_its_last_change_in_german_time_and_german_area_names()
    {
        var city = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id), "de-DE");
        var climate = await app.WithDbAsync(async db => (await db.ActionAreas.SingleAsync(a => a.Name == "Climate action and environmental protection")).Id);
        await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Büro für Internationales",
            ["Input.Kind"] = "Office",
            ["Input.StaffFte"] = "2",
            ["Input.FocusAreaIds"] = climate.ToString(CultureInfo.InvariantCulture),
        });
        var (latest, count) = await app.WithDbAsync(async db =>
        {
            var entries = db.AuditEntries.AsNoTracking().Where(a => a.ScopeType == AuditedTypes.City && a.ScopeId == city.Id.ToString(CultureInfo.InvariantCulture));
            return (await entries.MaxAsync(a => a.At), await entries.CountAsync());
        });

        var page = await client.GetDocumentAsync("/MyCity");

        var details = page.QuerySelector("[data-testid=history-details]")!;
        Assert.False(details.HasAttribute("open"));
        var summary = Regex.Replace(details.QuerySelector("summary")!.TextContent, @"\s+", " ").Trim();
        var berlin = TimeZoneInfo.ConvertTimeFromUtc(latest, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Contains($"Verlauf {count} Einträge · zuletzt: Stelle eingerichtet", summary);
        Assert.EndsWith($"{berlin.ToString("HH:mm", CultureInfo.InvariantCulture)} Uhr", summary);
        var history = Regex.Replace(details.QuerySelector("[data-testid=history]")!.TextContent, @"\s+", " ");
        Assert.Contains("Schwerpunkte: – → Klima- und Umweltschutz", history);
        Assert.DoesNotContain("Climate action", history);
        Assert.DoesNotContain("UTC", history);
        Assert.Equal("page", page.QuerySelector("a.nav-link.active")?.GetAttribute("aria-current"));
        Assert.Equal("Meine Stadt", page.QuerySelector("a.nav-link.active")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_german_user_sees_the_budget_with_thousands_separators_and_saving_the_unit_unchanged_keeps_the_figures()
    {
        var city = await app.InsertCityAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Cities.SingleAsync(c => c.Id == city.Id)).SetUpInternationalAffairsUnit("Büro", Domain.Cities.UnitKind.Office, 2.5m, 85_000.5m, null, false);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id), "de-DE");

        var form = await client.GetDocumentAsync("/MyCity/Unit");
        await client.SubmitFormAsync("/MyCity/Unit", []);

        Assert.Equal("2,5", form.QuerySelector("#Input_StaffFte")?.GetAttribute("value"));
        Assert.Equal("85.000,5", form.QuerySelector("#Input_AnnualBudgetEur")?.GetAttribute("value"));
        var unit = await app.WithDbAsync(db => db.InternationalAffairsUnits.AsNoTracking().SingleAsync(u => u.CityId == city.Id));
        Assert.Equal(2.5m, unit.StaffFte);
        Assert.Equal(85_000.5m, unit.AnnualBudgetEur);
    }

    [Fact]
    public async Task Invalid_figures_are_refused_with_the_input_kept()
    {
        var city = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var response = await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Kept name",
            ["Input.StaffFte"] = "-1",
            ["Input.AnnualBudgetEur"] = "lots",
            ["Input.ContactEmail"] = "nope",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("must be between 0 and 10000", page.QuerySelector("[data-valmsg-for='Input.StaffFte']")?.TextContent);
        Assert.Contains("'lots' is not a valid value.", page.QuerySelector("[data-valmsg-for='Input.AnnualBudgetEur']")?.TextContent);
        Assert.Contains("Enter a valid e-mail address.", page.QuerySelector("[data-valmsg-for='Input.ContactEmail']")?.TextContent);
        Assert.Equal("Kept name", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.InternationalAffairsUnits.AnyAsync(u => u.CityId == city.Id)));
    }

    [Fact]
    public async Task A_figure_too_large_for_any_number_gets_the_range_message_not_an_error_page()
    {
        var city = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var response = await client.SubmitFormAsync("/MyCity/Unit", new()
        {
            ["Input.Name"] = "Kept name",
            ["Input.StaffFte"] = "99999999999999999999",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("must be between 0 and 10000", (await response.ToDocumentAsync()).QuerySelector("[data-valmsg-for='Input.StaffFte']")?.TextContent);
    }

    [Theory]
    [InlineData(Roles.MayorsOffice)]
    [InlineData(Roles.AssociationAdmin)]
    public async Task Only_the_citys_staff_edit_the_unit(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var response = await client.GetAsync("/MyCity/Unit");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }
}
