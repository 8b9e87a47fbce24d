using System.Net;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Directory;

/// <summary>The public directory shows what the public may see, and never an internal record, a contact, a document or a project.</summary>
public sealed class DirectoryTests(PortalApp app)
{
    [Fact]
    public async Task The_public_finds_a_member_citys_published_partnerships_without_signing_in()
    {
        var member = await app.InsertCityAsync(Unique.Name("Member"));
        var partner = await app.InsertCityAsync(Unique.Name("Partner"), member: false, country: "FR");
        await app.InsertPartnershipAsync(member.Id, partner.Id);
        var anonymous = app.CreateClient();

        var page = await anonymous.GetDocumentAsync($"/Directory?q={member.Name}");

        var rows = page.QuerySelectorAll("[data-testid=directory-table] tbody tr");
        Assert.Single(rows);
        Assert.Contains(partner.Name, rows[0].TextContent);
        var cityPage = await anonymous.GetDocumentAsync(rows[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(member.Name, cityPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(partner.Name, cityPage.QuerySelector("[data-testid=partners-table]")!.TextContent);
    }

    [Fact]
    public async Task Internal_records_contacts_documents_and_projects_never_appear_in_the_directory_its_export_or_a_city_page()
    {
        var member = await app.InsertCityAsync(Unique.Name("Member"));
        var secret = await app.InsertCityAsync(Unique.Name("Secret"), member: false, country: "PL");
        var open = await app.InsertCityAsync(Unique.Name("Open"), member: false, country: "FR");
        await app.InsertPartnershipAsync(member.Id, secret.Id, isInternal: true);
        var published = await app.InsertPartnershipAsync(member.Id, open.Id);
        var (contactName, projectTitle, documentName) = (Unique.Name("Contact"), Unique.Name("Project"), Unique.Name("Document") + ".pdf");
        await app.WithDbAsync(async db =>
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == published.Id);
            db.Contacts.Add(new Contact(partnership, member.Id, contactName));
            db.Projects.Add(new Project(published.Id, projectTitle));
            db.AgreementDocuments.Add(new AgreementDocument(published.Id, documentName, "%PDF-1.4"u8.ToArray(), DateTime.UtcNow, "test"));
            return await db.SaveChangesAsync();
        });
        // Signed in as the member city's own staff, who may read the internal record in the register: the directory still hides it.
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, member.Id));

        foreach (var client in new[] { app.CreateClient(), staff })
        {
            foreach (var url in new[] { $"/Directory?q={member.Name}", $"/Directory?handler=Export&q={member.Name}", $"/Directory/City/{member.Id}",
                         $"/Directory?handler=Export&city={member.Id}" })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var text = await response.Content.ReadAsStringAsync();
                Assert.Contains(open.Name, text, StringComparison.Ordinal);
                foreach (var hidden in new[] { secret.Name, contactName, projectTitle, documentName })
                {
                    Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task Partnerships_between_cities_outside_the_association_are_not_in_the_directory_and_they_have_no_page()
    {
        var outsider = await app.InsertCityAsync(Unique.Name("Outsider"), member: false);
        await app.InsertPartnershipAsync(outsider.Id, (await app.InsertCityAsync(member: false, country: "FR")).Id);
        var anonymous = app.CreateClient();

        var page = await anonymous.GetDocumentAsync($"/Directory?q={outsider.Name}");

        Assert.NotNull(page.QuerySelector("[data-testid=directory-empty]"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Directory/City/{outsider.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_city_the_admin_makes_a_member_is_listed_at_once_and_leaves_the_directory_when_it_stops_being_one()
    {
        var city = await app.InsertCityAsync(Unique.Name("Joining"), member: false);
        var partner = await app.InsertCityAsync(Unique.Name("Partner"), member: false, country: "FR");
        await app.InsertPartnershipAsync(city.Id, partner.Id);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var anonymous = app.CreateClient();
        async Task<int> RowsAsync() => (await anonymous.GetDocumentAsync($"/Directory?q={city.Name}"))
            .QuerySelectorAll("[data-testid=directory-table] tbody tr").Length;
        async Task SetMemberAsync(bool member)
        {
            var fields = new Dictionary<string, string> { ["Input.IsAssociationMember"] = member ? "true" : "false" };
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/Admin/Cities/Edit/{city.Id}", fields)).StatusCode);
        }

        var before = await RowsAsync();
        await SetMemberAsync(true);
        var asMember = await RowsAsync();
        await SetMemberAsync(false);
        var after = await RowsAsync();

        Assert.Equal((0, 1, 0), (before, asMember, after));
    }

    [Fact]
    public async Task A_city_page_lists_its_published_best_practices_only()
    {
        var member = await app.InsertCityAsync(Unique.Name("Member"));
        var published = await app.InsertPracticeAsync(member.Id);
        var draft = await app.InsertPracticeAsync(member.Id, BestPracticeStatus.Draft);
        var (publishedTitle, draftTitle) = (published.Texts.Single().Title, draft.Texts.Single().Title);

        var page = await app.CreateClient("de").GetDocumentAsync($"/Directory/City/{member.Id}");

        var practices = page.QuerySelector("[data-testid=practices]")!.TextContent;
        Assert.Contains(publishedTitle, practices);
        Assert.DoesNotContain(draftTitle, page.Body!.TextContent);
    }

    [Theory]
    [InlineData("/Directory?status=Nonsense&from=abc&area=x&kind=7")]
    [InlineData("/Directory?p=-4&sort=evil")]
    [InlineData("/Directory/City/2147483647")]
    public async Task Bad_input_gives_a_page_or_not_found_never_an_error(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
    }
}
