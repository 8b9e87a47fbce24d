using System.Globalization;
using System.Net;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

public sealed class CreateTests(PortalApp app)
{
    [Fact]
    public async Task Staff_log_a_partnership_of_their_city_and_find_it_with_its_history()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "ZM");
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id);
        var client = await app.SignedInClientAsync(staff);
        var climate = await AreaIdAsync("Climate action and environmental protection");

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "ProjectPartnership",
            ["Input.Status"] = "Active",
            ["Input.StartedOn"] = "2023-06-01",
            ["Input.Description"] = "Climate twins: heat action plans.",
            ["Input.AreaIds"] = climate,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The partnership has been logged.", details.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Contains($"{own.Name} – {partner.Name}", details.QuerySelector("h1")?.TextContent);
        Assert.Contains("Climate action and environmental protection", details.Body!.TextContent);
        Assert.Contains("1 Jun 2023", details.Body!.TextContent);
        var history = details.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("Created", history);
        Assert.Contains(staff.DisplayName, history);
        Assert.Contains("Started: – → 1 Jun 2023", history);
        // No end date was entered, so the history says nothing about one (it said "Precision of the end date: – → Day").
        Assert.DoesNotContain("end date", history, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Precision", history);
        var list = await client.GetDocumentAsync($"/Partnerships?q={Uri.EscapeDataString(partner.Name)}");
        Assert.Single(list.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_partner_typed_by_name_without_the_suggestions_is_found()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync("Tōkyō " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerName"] = partner.Name.Replace("ō", "o", StringComparison.Ordinal),
            ["Input.Kind"] = "Friendship",
            ["Input.Status"] = "Proposed",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.PartnerCityId == partner.Id));
        Assert.Equal(own.Id, saved.CityId);
        Assert.Equal(PartnershipStatus.Proposed, saved.Status);
    }

    [Fact]
    public async Task Suggestions_find_cities_by_part_of_the_name_without_accents_and_not_the_own_city()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var own = await app.InsertCityAsync($"Münster {suffix}");
        var other = await app.InsertCityAsync($"Bad Münster {suffix}");
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var json = await client.GetStringAsync($"/Partnerships/Create?handler=Partners&q=munster%20{suffix}");
        var jsonPrefix = await client.GetStringAsync($"/Partnerships/Create?handler=Partners&q=BAD%20MUNSTER%20{suffix}");

        Assert.Contains($"\"id\":{other.Id}", json);
        Assert.DoesNotContain($"\"id\":{own.Id}", json);
        Assert.Contains($"\"id\":{other.Id}", jsonPrefix);
        Assert.DoesNotContain($"\"id\":{own.Id}", jsonPrefix);
    }

    [Fact]
    public async Task Broken_rules_are_shown_next_to_the_field_and_nothing_typed_is_lost()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Ended",
            ["Input.StartedOn"] = "2010-05-01",
            ["Input.EndedOn"] = "2009-01-01",
            ["Input.Description"] = "Keep this text",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("The end date cannot be before the start date.", page.QuerySelector("[data-valmsg-for='Input.EndedOn']")?.TextContent);
        Assert.Equal("Keep this text", page.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.Equal(partner.Name, page.QuerySelector("#Input_PartnerName")?.GetAttribute("value"));
        Assert.Equal("2010-05-01", page.QuerySelector("#Input_StartedOn")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Partnerships.AnyAsync(p => p.CityId == own.Id)));
    }

    [Theory]
    [InlineData("en", "1988", "1988")]
    [InlineData("de", "05/1988", "Mai 1988")]
    public async Task A_start_known_by_year_or_month_is_kept_and_shown_at_that_precision(string language, string typed, string shown)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.StartedOn"] = typed,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(shown, details.QuerySelector("[data-testid=started]")?.TextContent.Trim());
        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.PartnerCityId == partner.Id));
        Assert.Equal(typed == "1988" ? PartialDate.OfYear(1988) : PartialDate.OfMonth(1988, 5), saved.Started);
    }

    [Theory]
    [InlineData("en", "Day and month could be either way round")]
    [InlineData("de", "Tag und Monat lassen sich hier in beiden Reihenfolgen lesen")]
    public async Task A_day_and_month_that_could_be_either_way_round_are_refused_not_guessed(string language, string message)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.StartedOn"] = "05/06/1988",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Input.StartedOn']")?.TextContent);
        Assert.Equal("05/06/1988", page.QuerySelector("#Input_StartedOn")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Partnerships.AnyAsync(p => p.CityId == own.Id)));
    }

    [Theory]
    [InlineData("en", "'yes' is not a valid value.")]
    [InlineData("de", "„yes“ ist kein gültiger Wert.")]
    public async Task A_tampered_checkbox_value_shows_the_form_again_with_a_message_at_the_checkbox(string language, string message)
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);

        var response = await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
            ["Input.Description"] = "Keep this text",
            ["Input.IsInternal"] = "yes",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for='Input.IsInternal']")?.TextContent.Trim());
        Assert.Equal("Keep this text", page.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.Partnerships.AnyAsync(p => p.CityId == own.Id)));
    }

    [Fact]
    public async Task A_city_cannot_partner_itself_or_an_unknown_city()
    {
        var own = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var itself = await (await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = own.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = own.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
        })).ToDocumentAsync();
        var unknown = await (await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerName"] = "Atlantis " + Guid.NewGuid().ToString("N")[..6],
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
        })).ToDocumentAsync();

        Assert.Contains("cannot be in a partnership with itself", itself.QuerySelector("[data-valmsg-for='Input.PartnerName']")?.TextContent);
        Assert.Contains("This city is not in the register.", unknown.QuerySelector("[data-valmsg-for='Input.PartnerName']")?.TextContent);
    }

    [Fact]
    public async Task A_second_active_partnership_of_the_same_kind_is_refused_from_either_side()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(partner.Id, own.Id, PartnershipKind.Twinning);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await (await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Twinning",
            ["Input.Status"] = "Active",
        })).ToDocumentAsync();

        Assert.Contains("already have an active partnership of this kind", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
    }

    [Fact]
    public async Task The_city_always_comes_from_the_account_not_from_the_form()
    {
        var own = await app.InsertCityAsync();
        var victim = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        await client.SubmitFormAsync("/Partnerships/Create", new()
        {
            ["Input.CityId"] = victim.Id.ToString(CultureInfo.InvariantCulture),
            ["CityId"] = victim.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerCityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PartnerName"] = partner.Name,
            ["Input.Kind"] = "Contact",
            ["Input.Status"] = "Active",
        });

        var saved = await app.WithDbAsync(db => db.Partnerships.AsNoTracking().SingleAsync(p => p.PartnerCityId == partner.Id));
        Assert.Equal(own.Id, saved.CityId);
    }

    [Theory]
    [InlineData(Roles.MayorsOffice)]
    [InlineData(Roles.AssociationAdmin)]
    public async Task Only_staff_log_partnerships(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var response = await client.GetAsync("/Partnerships/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    private Task<string> AreaIdAsync(string name) => app.WithDbAsync(async db =>
        (await db.ActionAreas.SingleAsync(a => a.Name == name)).Id.ToString(CultureInfo.InvariantCulture));
}
