using System.Globalization;
using System.Net;
using System.Text.Json;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Admin.Privacy;

public sealed class PrivacyTests(PortalApp app)
{
    [Fact]
    public async Task An_admin_exports_every_record_of_a_person_whatever_the_case_of_the_address()
    {
        var email = $"Person.{Guid.NewGuid():N}"[..20] + "@partner.example";
        var (first, second) = (await PartnershipAsync(), await PartnershipAsync());
        await InsertContactAsync(first, "Ana Example", email.ToUpperInvariant());
        await InsertContactAsync(second, "Ana Example", email);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var page = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email.ToLowerInvariant())}");
        var export = await admin.GetAsync($"/Admin/Privacy?handler=Export&email={Uri.EscapeDataString(email)}");

        Assert.Equal(2, page.QuerySelectorAll("[data-testid=privacy-records] tbody tr").Length);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        var records = json.RootElement.GetProperty("records");
        Assert.Equal(2, records.GetArrayLength());
        Assert.Equal("Ana Example", records[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Erasure_removes_the_person_everywhere_including_the_history()
    {
        var email = $"erase.{Guid.NewGuid():N}"[..20] + "@partner.example";
        var partnership = await PartnershipAsync();
        var contact = await InsertContactAsync(partnership, "Erik Erase", email);
        var keep = await InsertContactAsync(partnership, "Kept Person", "kept@partner.example");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var contactKey = contact.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditedTypes.Contact && a.EntityId == contactKey)));
        var found = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}");
        Assert.Contains("1 record found.", found.Body!.TextContent);
        Assert.Contains("The record and its history entries are deleted for good.", found.Body!.TextContent);

        var response = await admin.SubmitFormAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}", [],
            formSelector: "form[action*='handler=Erase']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact)));
        Assert.True(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == keep)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == AuditedTypes.Contact && a.EntityId == contactKey)));
        var auditText = await app.WithDbAsync(async db => string.Join('\n',
            (await db.AuditEntries.Where(a => a.ScopeType == AuditedTypes.Partnership && a.ScopeId == partnership.ToString(CultureInfo.InvariantCulture)).ToListAsync()).SelectMany(a => a.Changes).Select(c => $"{c.Old} {c.New}")));
        Assert.DoesNotContain("Erik", auditText);
        Assert.DoesNotContain(email, auditText);
        var after = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}");
        Assert.NotNull(after.QuerySelector("[data-testid=privacy-empty]"));
        Assert.Contains("1 record erased.", after.QuerySelector("[data-testid=status-message]")?.TextContent);
    }

    [Fact]
    public async Task An_address_with_an_underscore_is_found_and_erased_and_a_look_alike_address_is_kept()
    {
        var local = $"max_{Guid.NewGuid():N}"[..16];
        var email = local + "@city.example";
        var lookAlike = local.Replace('_', 'x') + "@city.example";
        var partnership = await PartnershipAsync();
        var contact = await InsertContactAsync(partnership, "Max Underscore", email);
        var other = await InsertContactAsync(partnership, "Someone Else", lookAlike);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var found = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}");
        var response = await admin.SubmitFormAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}", [],
            formSelector: "form[action*='handler=Erase']");

        Assert.Contains("1 record found.", found.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact)));
        Assert.True(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == other)));
    }

    [Fact]
    public async Task A_person_named_as_contact_of_a_board_answer_a_practice_or_a_unit_is_found_and_erased_there_too()
    {
        var email = $"named.{Guid.NewGuid():N}"[..20] + "@city.example";
        var (poster, answering, practiceCity) = (await app.InsertCityAsync(), await app.InsertCityAsync(), await app.InsertCityAsync());
        var (postId, practiceId) = await app.WithDbAsync(async db =>
        {
            var post = new PartnerSearch(poster.Id, new PartnerSearchDetails(null, null, null, PartnershipKind.Twinning, "Seeking a partner",
                DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2)), "Poster", DateTime.UtcNow);
            post.Reply(answering.Id, "We are interested.", "Nora Named", email, DateTime.UtcNow);
            db.PartnerSearches.Add(post);
            var practice = new BestPractice(practiceCity.Id, "en", new BestPracticeTextInput("Shade for schools", "Trees for every schoolyard."));
            practice.SetContact("Nora Named", email.ToUpperInvariant());
            db.BestPractices.Add(practice);
            var city = await db.Cities.SingleAsync(c => c.Id == answering.Id);
            city.SetUpInternationalAffairsUnit("Office for international affairs", UnitKind.Office, 2, null, email, false);
            await db.SaveChangesAsync();
            return (post.Id, practice.Id);
        });
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var found = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}");

        Assert.Contains("3 records found.", found.Body!.TextContent);
        Assert.Equal(["BoardReply", "PracticeContact", "UnitContact"],
            found.QuerySelectorAll("[data-testid=privacy-mentions] tbody tr").Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("Shade for schools", found.QuerySelector("[data-testid=privacy-mentions]")!.TextContent);

        var response = await admin.SubmitFormAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}", [],
            formSelector: "form[action*='handler=Erase']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(async db => new
        {
            Reply = await db.PartnerSearches.Where(s => s.Id == postId).SelectMany(s => s.Replies).SingleAsync(),
            Practice = await db.BestPractices.SingleAsync(b => b.Id == practiceId),
            Unit = await db.InternationalAffairsUnits.SingleAsync(u => u.CityId == answering.Id),
        });
        // The answer, the practice and the unit stay; only the person is gone from them.
        Assert.Equal(("We are interested.", "", ""), (after.Reply.Text, after.Reply.ContactName, after.Reply.ContactEmail));
        Assert.Equal((null, null), (after.Practice.ContactName, after.Practice.ContactEmail));
        Assert.Null(after.Unit.ContactEmail);
        Assert.Equal("Office for international affairs", after.Unit.Name);
        var posterStaff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, poster.Id));
        var answer = (await posterStaff.GetDocumentAsync($"/Board/Details/{postId}")).QuerySelector("[data-testid=reply]")!.TextContent;
        Assert.Contains("We are interested.", answer);
        Assert.Contains("erased at the person's request", answer);
        Assert.DoesNotContain("Nora", answer);
        var again = await admin.GetDocumentAsync($"/Admin/Privacy?email={Uri.EscapeDataString(email)}");
        Assert.NotNull(again.QuerySelector("[data-testid=privacy-empty]"));
        Assert.Contains("3 records erased.", again.QuerySelector("[data-testid=status-message]")?.TextContent);
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Only_admins_handle_personal_data_requests(string role)
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var response = await client.GetAsync("/Admin/Privacy?email=someone%40example.org");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    private async Task<int> PartnershipAsync() =>
        (await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id)).Id;

    private Task<int> InsertContactAsync(int partnershipId, string name, string email) => app.WithDbAsync(async db =>
    {
        var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId);
        var contact = new Contact(partnership, partnership.CityId, name);
        contact.UpdateDetails(name, "City hall", "Officer", email, null, [], new DateOnly(2026, 1, 1));
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });
}
