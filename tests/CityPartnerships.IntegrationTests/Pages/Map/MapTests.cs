using System.Net;
using System.Text.Json;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;

namespace CityPartnerships.Tests.Pages.Map;

/// <summary>The maps' lines follow the same access rules and URL filters as the register and the directory.</summary>
public sealed class MapTests(PortalApp app)
{
    [Fact]
    public async Task The_map_draws_the_partnerships_the_user_may_read_filtered_like_the_list()
    {
        var own = await app.InsertCityAsync(Unique.Name("Own"));
        var other = await app.InsertCityAsync(Unique.Name("Other"));
        var french = await app.InsertCityAsync(Unique.Name("French"), member: false, country: "FR");
        var secret = await app.InsertCityAsync(Unique.Name("Secret"), member: false, country: "PL");
        var dormant = await app.InsertCityAsync(Unique.Name("Dormant"), member: false, country: "IT");
        await app.InsertPartnershipAsync(own.Id, french.Id);
        await app.InsertPartnershipAsync(own.Id, dormant.Id, status: PartnershipStatus.Dormant);
        await app.InsertPartnershipAsync(other.Id, secret.Id, isInternal: true);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var mine = await MapAsync(staff, $"/Map?handler=Data&city={own.Id}");
        var active = await MapAsync(staff, $"/Map?handler=Data&city={own.Id}&status=Active");
        var others = await MapAsync(staff, $"/Map?handler=Data&city={other.Id}");

        Assert.Equal(2, mine.Lines);
        Assert.Contains(french.Name, mine.Names);
        Assert.Contains(dormant.Name, mine.Names);
        Assert.Equal(1, active.Lines);
        Assert.DoesNotContain(dormant.Name, active.Names);
        Assert.Equal(0, others.Lines);
        Assert.DoesNotContain(secret.Name, others.Names);
    }

    [Fact]
    public async Task The_public_map_shows_only_the_directory()
    {
        var member = await app.InsertCityAsync(Unique.Name("Member"));
        var open = await app.InsertCityAsync(Unique.Name("Open"), member: false, country: "FR");
        var secret = await app.InsertCityAsync(Unique.Name("Secret"), member: false, country: "PL");
        var outsider = await app.InsertCityAsync(Unique.Name("Outsider"), member: false);
        await app.InsertPartnershipAsync(member.Id, open.Id);
        await app.InsertPartnershipAsync(member.Id, secret.Id, isInternal: true);
        await app.InsertPartnershipAsync(outsider.Id, open.Id);
        var anonymous = app.CreateClient();

        var map = await MapAsync(anonymous, $"/Directory/Map?handler=Data&q={open.Name}");

        Assert.Equal(1, map.Lines);
        Assert.Contains(member.Name, map.Names);
        Assert.DoesNotContain(secret.Name, map.Names);
        Assert.DoesNotContain(outsider.Name, map.Names);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/Directory/Map")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Map?handler=Data")).StatusCode);
    }

    [Fact]
    public async Task The_world_region_filter_finds_a_city_of_the_region_at_either_end_on_the_map_and_in_the_list()
    {
        var member = await app.InsertCityAsync(Unique.Name("Member"));
        var fijian = await app.InsertCityAsync(Unique.Name("Fijian"), member: false, country: "FJ");
        await app.InsertPartnershipAsync(fijian.Id, member.Id);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        Assert.Equal(1, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Oceania&q={member.Name}")).Lines);
        Assert.Equal(1, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Europe&q={fijian.Name}")).Lines);
        Assert.Equal(0, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Africa&q={member.Name}")).Lines);
        Assert.Single((await admin.GetDocumentAsync($"/Partnerships?worldregion=Oceania&q={member.Name}")).QuerySelectorAll("main table tbody tr"));
        Assert.Single((await MapAsync(app.CreateClient(), $"/Directory/Map?handler=Data&worldregion=Oceania&q={member.Name}")).Names, n => n == fijian.Name);
        // Of one city, the region is the partner's: the member's partner is in Oceania, not in Europe.
        Assert.Equal(0, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Europe&city={member.Id}")).Lines);
        Assert.Equal(1, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Oceania&city={member.Id}")).Lines);
        // An unknown region is ignored like any unknown filter value.
        Assert.Equal(1, (await MapAsync(admin, $"/Map?handler=Data&worldregion=Atlantis&q={fijian.Name}")).Lines);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Partnerships?worldregion=Atlantis")).StatusCode);
    }

    private static async Task<(int Lines, IReadOnlyList<string> Names)> MapAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.GetProperty("cities").GetProperty("name").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (json.RootElement.GetProperty("lines").GetArrayLength() / 4, names);
    }
}
