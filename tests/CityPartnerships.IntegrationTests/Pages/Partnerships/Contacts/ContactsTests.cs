using System.Globalization;
using System.Net;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships.Contacts;

public sealed class ContactsTests(PortalApp app)
{
    [Fact]
    public async Task Focal_persons_of_a_city_are_listed_by_name_with_umlauts_beside_their_letter()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        string[] names = ["Zoe Weber", "Özlem Yılmaz", "Oliver Braun"];
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Partnerships.SingleAsync(p => p.Id == partnership.Id);
            db.Contacts.AddRange(names.Select(name => new Contact(tracked, own.Id, name)));
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Equal(["Oliver Braun", "Özlem Yılmaz", "Zoe Weber"], details.QuerySelectorAll("[data-testid=contacts] strong").Select(s => s.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task Staff_add_a_focal_person_who_appears_on_the_partnership_and_the_history_keeps_no_personal_values()
    {
        var own = await app.InsertCityAsync();
        var partner = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, partner.Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.CityId"] = partner.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Amélie Durand",
            ["Input.Role"] = "Head of international relations",
            ["Input.Email"] = "amelie.durand@partner.example",
            ["Input.Phone"] = "+33 5 61 22 29 22",
            ["Input.Languages[0]"] = "fr",
            ["Input.Languages[1]"] = "en",
            ["Input.ConsentRecordedOn"] = "2026-03-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        var contacts = details.QuerySelector("[data-testid=contacts]")!.TextContent;
        Assert.Contains("Amélie Durand", contacts);
        Assert.Contains(partner.Name, contacts);
        Assert.Contains("amelie.durand@partner.example", contacts);
        Assert.Contains("consent 1 Mar 2026", contacts);
        Assert.Equal("speaks French, English", details.QuerySelector("[data-testid=contact-languages]")?.TextContent.Trim());
        var history = details.QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("Contact added", history);
        Assert.DoesNotContain("Amélie", history);
        Assert.DoesNotContain("amelie.durand", history);
    }

    [Fact]
    public async Task Contacts_are_shown_only_to_the_two_cities_and_admins()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        await InsertContactAsync(partnership.Id, own.Id, "Private Person", "private@own.example");

        async Task<string> DetailsFor(string role, int? cityId) =>
            (await (await app.SignedInClientAsync(await app.CreateUserAsync(role, cityId))).GetDocumentAsync($"/Partnerships/Details/{partnership.Id}")).Body!.TextContent;

        Assert.Contains("Private Person", await DetailsFor(Roles.MayorsOffice, own.Id));
        Assert.Contains("Private Person", await DetailsFor(Roles.AssociationAdmin, null));
        var outsider = await DetailsFor(Roles.InternationalAffairsStaff, null);
        Assert.DoesNotContain("Private Person", outsider);
        Assert.DoesNotContain("private@own.example", outsider);
        Assert.Contains("only the two cities and association admins see them", outsider);
    }

    [Fact]
    public async Task Invalid_email_and_phone_are_refused_next_to_the_fields_with_the_input_kept()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await (await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.Name"] = "Kept Name",
            ["Input.Email"] = "not-an-address",
            ["Input.Phone"] = "call me maybe",
            ["Input.ConsentRecordedOn"] = "yesterday",
        })).ToDocumentAsync();

        Assert.Contains("Enter a valid e-mail address.", page.QuerySelector("[data-valmsg-for='Input.Email']")?.TextContent);
        Assert.Contains("'yesterday' is not a valid value.", page.QuerySelector("[data-valmsg-for='Input.ConsentRecordedOn']")?.TextContent);
        Assert.Equal("Kept Name", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("yesterday", page.QuerySelector("#Input_ConsentRecordedOn")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task A_contact_can_only_work_for_one_of_the_two_cities()
    {
        var own = await app.InsertCityAsync();
        var stranger = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var page = await (await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.CityId"] = stranger.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Somebody",
        })).ToDocumentAsync();

        Assert.Contains("Choose one of the two cities of this partnership.", page.QuerySelector("[data-valmsg-for='Input.CityId']")?.TextContent);
    }

    [Fact]
    public async Task Staff_edit_and_delete_a_contact_after_confirming()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var contact = await InsertContactAsync(partnership.Id, own.Id, "Old Name", null);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));
        var url = $"/Partnerships/{partnership.Id}/Contacts/{contact}/Edit";

        await client.SubmitFormAsync(url, new() { ["Input.Name"] = "New Name" });
        Assert.Equal("New Name", await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == contact).Select(c => c.Name).SingleAsync()));

        var deleted = await client.SubmitFormAsync(url, [], formSelector: "form[action$='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact)));
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Other_users_cannot_add_change_or_delete_contacts_by_editing_the_address(string role)
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var contact = await InsertContactAsync(partnership.Id, own.Id, "Untouchable", null);
        var cityOfUser = role == Roles.MayorsOffice ? own.Id : (int?)null;
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role, cityOfUser));

        foreach (var url in new[]
        {
            $"/Partnerships/{partnership.Id}/Contacts/Create",
            $"/Partnerships/{partnership.Id}/Contacts/{contact}/Edit",
            $"/Partnerships/{partnership.Id}/Contacts/{contact}/Edit?handler=Delete",
        })
        {
            var get = await client.GetAsync(url.Replace("?handler=Delete", "", StringComparison.Ordinal));
            Assert.StartsWith("/Account/AccessDenied", get.Headers.Location?.PathAndQueryOrOriginal());
            var post = await client.SubmitFormAsync("/Partnerships", new() { ["Input.Name"] = "Hacked", ["Input.CityId"] = own.Id.ToString(CultureInfo.InvariantCulture) },
                formSelector: "form[action='/Account/Logout']", action: url);
            Assert.StartsWith("/Account/AccessDenied", post.Headers.Location?.PathAndQueryOrOriginal());
        }

        Assert.Equal("Untouchable", await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == contact).Select(c => c.Name).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task A_contact_of_another_partnership_is_not_found_through_this_partnerships_address()
    {
        var own = await app.InsertCityAsync();
        var mine = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var other = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id);
        var foreignContact = await InsertContactAsync(other.Id, other.CityId, "Foreign", null);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id));

        var response = await client.GetAsync($"/Partnerships/{mine.Id}/Contacts/{foreignContact}/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Languages_are_chosen_from_the_list_and_named_in_the_readers_language()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id), "de");
        var form = await client.GetDocumentAsync($"/Partnerships/{partnership.Id}/Contacts/Create");

        var refused = await (await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.Name"] = "Ola Nordmann",
            ["Input.Languages[0]"] = "fr",
            ["Input.Languages[1]"] = "klingon",
        })).ToDocumentAsync();
        var saved = await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.Name"] = "Ola Nordmann",
            ["Input.Languages[0]"] = "no",
            ["Input.Languages[1]"] = "de",
        });
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");

        Assert.Equal("Französisch", form.QuerySelector("label[for=language-fr]")?.TextContent.Trim());
        Assert.Null(form.QuerySelector("input[name='Input.Language']"));
        Assert.Contains("Wählen Sie die Sprachen aus der Liste.", refused.QuerySelector("[data-valmsg-for='Input.Languages']")?.TextContent);
        Assert.Equal("Ola Nordmann", refused.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("spricht Norwegisch, Deutsch", details.QuerySelector("[data-testid=contact-languages]")?.TextContent.Trim());
        var stored = await app.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.PartnershipId == partnership.Id));
        Assert.Equal(["no", "de"], stored.Languages);
    }

    private Task<int> InsertContactAsync(int partnershipId, int cityId, string name, string? email) => app.WithDbAsync(async db =>
    {
        var contact = new Contact(await db.Partnerships.SingleAsync(p => p.Id == partnershipId), cityId, name);
        contact.UpdateDetails(name, null, null, email, null, [], null);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });
}
