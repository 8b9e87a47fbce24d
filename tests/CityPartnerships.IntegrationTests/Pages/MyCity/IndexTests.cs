using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.MyCity;

public sealed class IndexTests(PortalApp app)
{
    [Fact]
    public async Task Staff_see_their_own_citys_partnerships_and_unit_only()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync(country: "FR");
        var otherCity = await app.InsertCityAsync();
        var strangers = await app.InsertCityAsync(country: "PL");
        await app.WithDbAsync(async db =>
        {
            db.Partnerships.Add(new Partnership(partner.Id, own.Id, PartnershipKind.Twinning, PartnershipStatus.Active,
                new DateOnly(1990, 5, 1), null, null, DateTime.UtcNow));
            db.Partnerships.Add(new Partnership(otherCity.Id, strangers.Id, PartnershipKind.Twinning, PartnershipStatus.Active,
                new DateOnly(2001, 1, 1), null, null, DateTime.UtcNow));
            var tracked = await db.Cities.FindAsync(own.Id);
            tracked!.SetUpInternationalAffairsUnit("Office for International Affairs", Domain.Cities.UnitKind.Office, 4.5m, 250_000m,
                "international@own.example", true);
            return await db.SaveChangesAsync();
        });
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id);
        var client = await app.SignedInClientAsync(staff);

        var page = await client.GetDocumentAsync("/MyCity");

        Assert.Equal(own.Name, page.QuerySelector("h1")?.TextContent.Trim());
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains(partner.Name, row);
        Assert.Contains("France", row);
        Assert.Contains("1990", row);
        Assert.DoesNotContain(strangers.Name, page.Body!.TextContent);
        Assert.Contains("Office for International Affairs", page.Body!.TextContent);
        Assert.Contains("4.5 FTE", page.Body!.TextContent);
        Assert.Contains("250,000 €", page.Body!.TextContent);
    }

    [Fact]
    public async Task A_city_without_partnerships_gets_an_empty_state()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(staff);

        var page = await client.GetDocumentAsync("/MyCity");

        Assert.Contains("Your city has no partnerships in the register yet.", page.QuerySelector("[data-testid=partnerships-empty]")?.TextContent);
        Assert.Contains("No international affairs unit has been recorded", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("de", "sort=country", 2, "China,Frankreich,Österreich,Südafrika")]
    [InlineData("en", "sort=country", 2, "Austria,France,People's Republic of China,South Africa")]
    [InlineData("de", "sort=kind", 3, "Städtepartnerschaft,Städtefreundschaft,Kontakt,Projektpartnerschaft")]
    [InlineData("de", "sort=status", 4, "Geplant,Aktiv,Ruhend,Beendet")]
    public async Task Columns_sort_by_what_they_show_in_the_users_language(string language, string query, int column, string expected)
    {
        var own = await app.InsertCityAsync();
        var partners = new[] { ("FR", PartnershipKind.Contact, PartnershipStatus.Ended), ("ZA", PartnershipKind.ProjectPartnership, PartnershipStatus.Active),
            ("CN", PartnershipKind.Twinning, PartnershipStatus.Proposed), ("AT", PartnershipKind.Friendship, PartnershipStatus.Dormant) };
        foreach (var (country, kind, status) in partners)
        {
            await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync(country: country)).Id, kind, status);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), language);

        var page = await client.GetDocumentAsync($"/MyCity?{query}");

        Assert.Equal(expected, string.Join(',', page.QuerySelectorAll($"tbody tr td:nth-child({column})").Select(cell => cell.TextContent.Trim())));
    }

    [Fact]
    public async Task Status_filter_narrows_the_list_and_offers_to_clear_it()
    {
        var own = await app.InsertCityAsync();
        var active = await app.InsertCityAsync();
        var ended = await app.InsertCityAsync();
        await app.WithDbAsync(async db =>
        {
            db.Partnerships.Add(new Partnership(own.Id, active.Id, PartnershipKind.Friendship, PartnershipStatus.Active, null, null, null, DateTime.UtcNow));
            db.Partnerships.Add(new Partnership(own.Id, ended.Id, PartnershipKind.Friendship, PartnershipStatus.Ended,
                new DateOnly(2000, 1, 1), new DateOnly(2010, 1, 1), null, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var endedOnly = await client.GetDocumentAsync("/MyCity?status=Ended");
        var none = await client.GetDocumentAsync("/MyCity?status=Dormant");

        var row = Assert.Single(endedOnly.QuerySelectorAll("tbody tr"));
        Assert.Contains(ended.Name, row.TextContent);
        Assert.Contains("No partnerships match this filter.", none.QuerySelector("[data-testid=partnerships-empty]")?.TextContent);
        Assert.NotNull(none.QuerySelector("[data-testid=partnerships-empty] a[href='/MyCity']"));
    }

    [Fact]
    public async Task Unverified_partnerships_are_flagged_for_a_check()
    {
        var own = await app.InsertCityAsync();
        var fresh = await app.InsertCityAsync();
        var stale = await app.InsertCityAsync();
        await app.WithDbAsync(async db =>
        {
            var recent = new Partnership(own.Id, fresh.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow);
            recent.MarkVerified(DateTime.UtcNow.AddDays(-10));
            var old = new Partnership(own.Id, stale.Id, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow);
            old.MarkVerified(DateTime.UtcNow.AddMonths(-13));
            db.Partnerships.AddRange(recent, old);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await client.GetDocumentAsync("/MyCity");

        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("check due", rows[stale.Name]);
        Assert.DoesNotContain("check due", rows[fresh.Name]);
    }
}
