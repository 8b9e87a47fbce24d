using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Cities;

public sealed class CreateTests(PortalApp app)
{
    [Fact]
    public async Task Staff_add_a_city_by_hand_and_return_to_the_partnership_form_with_it_filled_in()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var name = Unique.Name("Kleinstadt");

        var response = await client.SubmitFormAsync("/Cities/Create", new()
        {
            ["Input.Name"] = name,
            ["Input.CountryCode"] = "ZM",
            ["Input.Region"] = "Southern Province",
            ["Input.Latitude"] = "-16.8",
            ["Input.Longitude"] = "26.98",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var form = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith($"{name}, Southern Province, Zambia", form.QuerySelector("#Input_PartnerName")?.GetAttribute("value"));
        var city = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Name == name));
        Assert.Equal(city.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("#Input_PartnerCityId")?.GetAttribute("value"));
        Assert.True(city.IsInGlobalSouth);
    }

    [Fact]
    public async Task A_city_added_by_hand_starts_its_own_history_which_its_staff_see()
    {
        var adder = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(adder);
        var name = Unique.Name("Dorf");

        await client.SubmitFormAsync("/Cities/Create", new()
        {
            ["Input.Name"] = name,
            ["Input.CountryCode"] = "DE",
            ["Input.Population"] = "1200",
        });

        var city = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Name == name));
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var created = (await staff.GetDocumentAsync("/MyCity")).QuerySelector("[data-testid=history] > li:last-child")?.TextContent;
        Assert.StartsWith($"Created · {adder.DisplayName}", Regex.Replace(created ?? "", @"\s+", " ").Trim());
        Assert.Contains($"Name: – → {name}", created);
        Assert.Contains("Population: – → 1,200", created);
        Assert.Contains("Country: – → Germany", created);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_nothing_added()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var name = Unique.Name("Halb");

        var page = await (await client.SubmitFormAsync("/Cities/Create", new()
        {
            ["Input.Name"] = name,
            ["Input.CountryCode"] = "",
            ["Input.Latitude"] = "95",
        })).ToDocumentAsync();

        Assert.Contains("Country is required.", page.QuerySelector("[data-valmsg-for='Input.CountryCode']")?.TextContent);
        Assert.Contains("Latitude must be between -90 and 90.", page.QuerySelector("[data-valmsg-for='Input.Latitude']")?.TextContent);
        Assert.Equal(name, page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Name == name)));
    }

    [Theory]
    [InlineData("Input.Latitude", "99999999999999999999", "Latitude must be between -90 and 90.")]
    [InlineData("Input.Latitude", "NaN", "Latitude must be between -90 and 90.")]
    [InlineData("Input.Longitude", "-1e308", "Longitude must be between -180 and 180.")]
    public async Task Coordinates_far_out_of_range_get_the_range_message_not_an_error_page(string field, string typed, string message)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));

        var response = await client.SubmitFormAsync("/Cities/Create", new()
        {
            ["Input.Name"] = Unique.Name("Fern"),
            ["Input.CountryCode"] = "DE",
            [field] = typed,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await response.ToDocumentAsync()).QuerySelector($"[data-valmsg-for='{field}']")?.TextContent);
    }

    [Fact]
    public async Task A_mayors_office_cannot_add_cities()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice));

        var response = await client.GetAsync("/Cities/Create");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }
}
