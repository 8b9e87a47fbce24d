using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Admin.Cities;

public sealed class CityAdministrationTests(PortalApp app)
{
    private static readonly System.Globalization.CultureInfo _invariant = System.Globalization.CultureInfo.InvariantCulture;

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Staff_and_mayors_offices_are_denied_every_page_of_the_city_administration(string role)
    {
        var city = await app.InsertCityAsync(member: false);
        var networkId = await app.WithDbAsync(async db =>
        {
            var network = new CityPartnerships.Domain.Networks.Network(Unique.Name("Network"));
            db.Networks.Add(network);
            await db.SaveChangesAsync();
            return network.Id;
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        foreach (var url in new[]
        {
            "/Admin/Cities", $"/Admin/Cities/Edit/{city.Id}", $"/Admin/Cities/Merge/{city.Id}", $"/Admin/Cities/Delete/{city.Id}",
            "/Admin/Networks", $"/Admin/Networks/Edit/{networkId}", $"/Admin/Networks/Delete/{networkId}",
        })
        {
            AccessMatrix.AssertOutcome(Outcome.Denied, await client.GetAsync(url));
        }
    }

    [Fact]
    public async Task Staff_cannot_merge_or_delete_a_city_even_with_a_valid_form_token()
    {
        var staffCity = await app.InsertCityAsync();
        var duplicate = await app.InsertCityAsync(member: false);
        var target = await GazetteerPlaceAsync();
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, staffCity.Id));

        var merge = await client.SubmitFormAsync("/Cities/Create", new() { ["target"] = target.Id.ToString(_invariant) }, action: $"/Admin/Cities/Merge/{duplicate.Id}");
        var delete = await client.SubmitFormAsync("/Cities/Create", [], action: $"/Admin/Cities/Delete/{duplicate.Id}");

        AccessMatrix.AssertOutcome(Outcome.Denied, merge);
        AccessMatrix.AssertOutcome(Outcome.Denied, delete);
        Assert.True(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Id == duplicate.Id)));
    }

    [Fact]
    public async Task The_list_shows_a_city_added_by_hand_with_who_added_it_when_and_how_many_partnerships_use_it()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var staffClient = await app.SignedInClientAsync(staff);
        var name = Unique.Name("Handmade");
        await staffClient.SubmitFormAsync("/Cities/Create", new() { ["Input.Name"] = name, ["Input.CountryCode"] = "FR" });
        var city = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Name == name));
        await app.InsertPartnershipAsync(staff.CityId!.Value, city.Id);
        var admin = await AdminAsync();

        var page = await admin.GetDocumentAsync($"/Admin/Cities?q={name}");

        var row = Assert.Single(page.QuerySelectorAll("[data-testid=cities-table] tbody tr"));
        Assert.Contains(name, row.Children[0].TextContent);
        Assert.Contains("Added by hand", row.Children[0].TextContent);
        Assert.Equal("France", row.Children[1].TextContent.Trim());
        Assert.Contains(staff.DisplayName, row.Children[2].TextContent);
        Assert.Equal("1", row.Children[3].TextContent.Trim());
        Assert.Equal($"/Admin/Cities/Edit/{city.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Gazetteer_places_are_left_out_of_the_review_list_but_found_by_another_name_across_the_whole_gazetteer()
    {
        var place = await GazetteerPlaceAsync(otherName: Unique.Name("Warschau"));
        var otherName = await app.WithDbAsync(db => db.CityNames.Where(n => n.CityId == place.Id).Select(n => n.Name).SingleAsync());
        var admin = await AdminAsync();

        var review = await admin.GetDocumentAsync($"/Admin/Cities?q={place.Name}");
        var all = await admin.GetDocumentAsync($"/Admin/Cities?scope=all&q={otherName}");

        Assert.NotNull(review.QuerySelector("[data-testid=cities-empty]"));
        var row = Assert.Single(all.QuerySelectorAll("[data-testid=cities-table] tbody tr"));
        Assert.Contains(place.Name, row.TextContent);
        Assert.Contains("Gazetteer", row.Children[2].TextContent);
    }

    [Fact]
    public async Task An_admin_corrects_a_city_and_marks_it_as_a_member_and_the_history_says_who()
    {
        var city = await app.InsertCityAsync(member: false);
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(adminUser);
        var corrected = Unique.Name("Corrected");

        var response = await admin.SubmitFormAsync($"/Admin/Cities/Edit/{city.Id}", new()
        {
            ["Input.Name"] = corrected,
            ["Input.Region"] = "Bayern",
            ["Input.Population"] = "12345",
            ["Input.IsAssociationMember"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Id == city.Id));
        Assert.Equal((corrected, "Bayern", 12345, true), (saved.Name, saved.Region, saved.Population, saved.IsAssociationMember));
        var page = await admin.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var history = page.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains(adminUser.DisplayName, history);
        Assert.Contains($"Name: {city.Name} → {corrected}", history);
        Assert.Contains("Population: 500,000 → 12,345", history);
    }

    [Theory]
    [InlineData("en", "=HYPERLINK(\"http://evil.example\",\"Bonn\")", "The city name cannot start with =, +, - or @")]
    [InlineData("en", "Bonn<script>", "The city name cannot contain < or >.")]
    [InlineData("en", "Evil\u202Egnp.exe", "The city name contains invisible control or text-direction characters.")]
    [InlineData("de", "=HYPERLINK(\"http://evil.example\",\"Bonn\")", "Der Name der Stadt darf nicht mit =, +, - oder @ beginnen")]
    [InlineData("de", "Evil\u2066gnp", "Der Name der Stadt enthält unsichtbare Steuer- oder Schreibrichtungszeichen.")]
    public async Task A_name_with_a_formula_start_markup_or_hidden_characters_is_refused_when_staff_add_a_city(string language, string name, string message)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff), language);
        var before = await app.WithDbAsync(db => db.Cities.CountAsync());

        var page = await (await client.SubmitFormAsync("/Cities/Create", new() { ["Input.Name"] = name, ["Input.CountryCode"] = "DE" })).ToDocumentAsync();

        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.Equal(name, page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Name == name)));
        Assert.True(await app.WithDbAsync(db => db.Cities.CountAsync()) >= before);
    }

    [Fact]
    public async Task An_admin_edit_with_a_bad_region_or_name_is_refused_and_changes_nothing()
    {
        var city = await app.InsertCityAsync(member: false);
        var admin = await AdminAsync("de");

        var page = await (await admin.SubmitFormAsync($"/Admin/Cities/Edit/{city.Id}", new()
        {
            ["Input.Name"] = "@Bonn",
            ["Input.Region"] = "<b>Bayern</b>",
        })).ToDocumentAsync();

        Assert.Contains("Der Name der Stadt darf nicht mit =, +, - oder @ beginnen", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal("@Bonn", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        var unchanged = await app.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Id == city.Id));
        Assert.Equal((city.Name, "Test region"), (unchanged.Name, unchanged.Region));
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_its_partnerships_and_users_to_the_gazetteer_place_and_deletes_it()
    {
        var member = await app.InsertCityAsync();
        var otherMember = await app.InsertCityAsync();
        var duplicate = await app.InsertCityAsync(member: false);
        var place = await GazetteerPlaceAsync();
        var logged = await app.InsertPartnershipAsync(member.Id, duplicate.Id);
        var loggedByDuplicate = await app.InsertPartnershipAsync(duplicate.Id, otherMember.Id, PartnershipKind.Friendship);
        var deleted = await app.InsertPartnershipAsync(otherMember.Id, duplicate.Id, PartnershipKind.Contact);
        await app.WithDbAsync(async db =>
        {
            (await db.Partnerships.SingleAsync(p => p.Id == deleted.Id)).Delete(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var userOfDuplicate = await app.CreateUserAsync(Roles.MayorsOffice, duplicate.Id);
        var admin = await AdminAsync();

        var plan = await admin.GetDocumentAsync($"/Admin/Cities/Merge/{duplicate.Id}?target={place.Id}");
        Assert.Contains("3 partnerships and 1 other record", plan.QuerySelector("[data-testid=merge-moves]")!.TextContent);
        var response = await admin.SubmitFormAsync($"/Admin/Cities/Merge/{duplicate.Id}?target={place.Id}", []);

        Assert.Equal($"/Admin/Cities/Edit/{place.Id}", response.Headers.Location?.OriginalString);
        await app.WithDbAsync(async db =>
        {
            Assert.False(await db.Cities.AnyAsync(c => c.Id == duplicate.Id));
            var moved = await db.Partnerships.IgnoreQueryFilters().AsNoTracking()
                .Where(p => p.Id == logged.Id || p.Id == loggedByDuplicate.Id || p.Id == deleted.Id).OrderBy(p => p.Id).ToListAsync();
            Assert.Equal([(member.Id, place.Id), (place.Id, otherMember.Id), (otherMember.Id, place.Id)], moved.Select(p => (p.CityId, p.PartnerCityId)));
            Assert.Equal(place.Id, (await db.Users.SingleAsync(u => u.Id == userOfDuplicate.Id)).CityId);
            return 0;
        });
        var edit = await admin.GetDocumentAsync($"/Admin/Cities/Edit/{place.Id}");
        Assert.Contains($"{duplicate.Name} was merged into {place.Name}; 3 partnerships moved.", edit.QuerySelector("[data-testid=status-message]")?.TextContent);
        Assert.Contains($"Merged in: – → {duplicate.Name}, Test region, DE (#{duplicate.Id})", edit.QuerySelector("[data-testid=history]")!.TextContent);
        var details = await admin.GetDocumentAsync($"/Partnerships/Details/{logged.Id}");
        Assert.Contains($"{duplicate.Name} → {place.Name}", details.QuerySelector("[data-testid=history]")!.TextContent);
    }

    [Fact]
    public async Task A_merge_that_would_duplicate_a_pair_or_partner_a_place_with_itself_is_refused_with_the_records_named()
    {
        var bonn = await app.InsertCityAsync();
        var duplicate = await app.InsertCityAsync(member: false);
        var place = await GazetteerPlaceAsync();
        var existing = await app.InsertPartnershipAsync(bonn.Id, place.Id, PartnershipKind.Twinning);
        var twin = await app.InsertPartnershipAsync(duplicate.Id, bonn.Id, PartnershipKind.Twinning, PartnershipStatus.Dormant);
        var self = await app.InsertPartnershipAsync(place.Id, duplicate.Id, PartnershipKind.Friendship);
        var admin = await AdminAsync();
        var snapshot = await Snapshot(duplicate.Id, place.Id);

        var plan = await admin.GetDocumentAsync($"/Admin/Cities/Merge/{duplicate.Id}?target={place.Id}");
        var response = await admin.PostAsync($"/Admin/Cities/Merge/{duplicate.Id}?target={place.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = (await admin.GetDocumentAsync($"/Admin/Cities/Edit/{duplicate.Id}"))
                    .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }));

        var rows = plan.QuerySelectorAll("[data-testid=merge-conflicts] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("already has a partnership of this kind", rows[0].TextContent);
        Assert.Equal($"/Partnerships/Details/{existing.Id}", rows[0].Children[3].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/Partnerships/Details/{twin.Id}", rows[0].Children[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"a partnership of {place.Name} with itself", rows[1].TextContent);
        Assert.Equal($"/Partnerships/Details/{self.Id}", rows[1].Children[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(plan.QuerySelector("[data-testid=confirm-merge]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(snapshot, await Snapshot(duplicate.Id, place.Id));
    }

    [Fact]
    public async Task Only_a_city_added_by_hand_can_be_merged()
    {
        var place = await GazetteerPlaceAsync();
        var other = await GazetteerPlaceAsync();
        var admin = await AdminAsync();

        var plan = await admin.GetDocumentAsync($"/Admin/Cities/Merge/{place.Id}?target={other.Id}");

        Assert.Contains("Only a city added by hand can be merged or deleted", plan.QuerySelector("[data-testid=merge-obstacle]")!.TextContent);
        Assert.Null(plan.QuerySelector("[data-testid=confirm-merge]"));
    }

    [Fact]
    public async Task The_merge_page_offers_the_gazetteer_places_of_the_same_name()
    {
        var place = await GazetteerPlaceAsync();
        var duplicate = await app.InsertCityAsync(place.Name, member: false, country: "FR");
        var admin = await AdminAsync();

        var page = await admin.GetDocumentAsync($"/Admin/Cities/Merge/{duplicate.Id}");

        var candidate = Assert.Single(page.QuerySelectorAll("[data-testid=merge-candidates] li"));
        Assert.Contains(place.Name, candidate.TextContent);
        Assert.EndsWith($"target={place.Id}", candidate.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unused_city_added_by_hand_is_deleted_after_confirmation_and_a_used_one_is_kept()
    {
        var unused = await app.InsertCityAsync(member: false);
        var used = await app.InsertCityAsync(member: false);
        await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, used.Id);
        var admin = await AdminAsync();

        var edit = await admin.GetDocumentAsync($"/Admin/Cities/Edit/{used.Id}");
        var confirm = await admin.GetDocumentAsync($"/Admin/Cities/Delete/{unused.Id}");
        var deleted = await admin.SubmitFormAsync($"/Admin/Cities/Delete/{unused.Id}", []);
        // Opened by its address, the delete page of a used city says why instead of asking; a forged post is refused.
        var askedByAddress = await admin.GetDocumentAsync($"/Admin/Cities/Delete/{used.Id}");
        var refused = await admin.SubmitFormAsync($"/Admin/Cities/Edit/{used.Id}", [], action: $"/Admin/Cities/Delete/{used.Id}");

        Assert.Contains("Partnerships refer to this city", edit.QuerySelector("[data-testid=delete-refusal]")!.TextContent);
        Assert.Null(edit.QuerySelector("[data-testid=delete-link]"));
        Assert.Contains($"Delete {unused.Name}", confirm.QuerySelector("main form")!.TextContent);
        Assert.Contains("Partnerships refer to this city", askedByAddress.QuerySelector("[data-testid=delete-refusal]")!.TextContent);
        Assert.Null(askedByAddress.QuerySelector("[data-testid=confirm-delete]"));
        Assert.Equal("/Admin/Cities", deleted.Headers.Location?.OriginalString);
        Assert.Equal($"/Admin/Cities/Edit/{used.Id}", refused.Headers.Location?.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Id == unused.Id)));
        Assert.True(await app.WithDbAsync(db => db.Cities.AnyAsync(c => c.Id == used.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditedTypes.City
            && a.EntityId == unused.Id.ToString(_invariant) && a.Action == AuditAction.Deleted)));
    }

    private async Task<HttpClient> AdminAsync(string? language = null) =>
        await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), language);

    /// <summary>A place as the gazetteer import leaves it: linked to a GeoNames id, optionally with another name.</summary>
    private Task<City> GazetteerPlaceAsync(string? otherName = null) =>
        app.WithDbAsync(async db =>
        {
            var city = new City(Unique.Name("Place"), "PL", "Masovia", 52.23, 21.01, 1_800_000);
            city.LinkToGazetteer(800_000_000 + Random.Shared.Next(100_000_000));
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            if (otherName is not null)
            {
                db.CityNames.Add(new CityName(city.Id, "de", otherName));
                await db.SaveChangesAsync();
            }

            return city;
        });

    private Task<string> Snapshot(int duplicateId, int placeId) =>
        app.SnapshotAsync(db => db.Partnerships.IgnoreQueryFilters()
            .Where(p => p.CityId == duplicateId || p.PartnerCityId == duplicateId || p.CityId == placeId || p.PartnerCityId == placeId)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.CityId, p.PartnerCityId, p.Kind, p.Status, p.DeletedAt }));
}
