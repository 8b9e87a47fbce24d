using System.Globalization;
using System.Net;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Partnerships;

/// <summary>
/// Double clicks and two colleagues at once: one change wins, the other gets a clear message or the result it wanted,
/// and nobody ever sees an error page.
/// </summary>
public sealed class DoubleSubmitTests(PortalApp app)
{
    private const string VerifyForm = "form[action$='handler=Verify']";
    private const string DeleteForm = "form[action$='handler=Delete']";

    [Fact]
    public async Task Two_confirmations_at_once_both_end_on_the_details_page_and_the_record_is_confirmed()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var url = $"/Partnerships/Details/{partnership.Id}";
        var first = await client.LoadFormAsync(url, [], VerifyForm);
        var second = await client.LoadFormAsync(url, [], VerifyForm);

        var responses = await Task.WhenAll(first.SubmitAsync(), second.SubmitAsync(), first.SubmitAsync());

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.NotNull(await app.WithDbAsync(db => db.Partnerships.Where(p => p.Id == partnership.Id).Select(p => p.LastVerifiedAt).SingleAsync()));
        var details = await client.GetDocumentAsync(url);
        Assert.Null(details.QuerySelector("[data-testid=error-message]"));
    }

    [Fact]
    public async Task A_save_after_a_colleague_confirmed_the_record_is_refused_once_with_the_input_kept()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var edit = await client.LoadFormAsync($"/Partnerships/Edit/{partnership.Id}", new() { ["Input.Description"] = "Our new text" });
        var colleague = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, partnership.CityId));
        await colleague.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", [], VerifyForm);

        var response = await edit.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Someone else changed this record", page.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Equal("Our new text", page.QuerySelector("textarea[name='Input.Description']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Deleting_a_partnership_twice_says_it_is_deleted_both_times()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var url = $"/Partnerships/Details/{partnership.Id}";
        var first = await client.LoadFormAsync(url, [], DeleteForm);
        var second = await client.LoadFormAsync(url, [], DeleteForm);

        var responses = new[] { await first.SubmitAsync(), await second.SubmitAsync() };

        Assert.All(responses, r => Assert.Equal("/Partnerships", r.Headers.Location!.OriginalString));
        var list = await client.GetDocumentAsync("/Partnerships");
        Assert.Contains("deleted", list.QuerySelector("[data-testid=status-message]")!.TextContent);
    }

    [Fact]
    public async Task Two_deletes_of_a_partnership_at_once_never_end_in_an_error()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var url = $"/Partnerships/Details/{partnership.Id}";
        var forms = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.LoadFormAsync(url, [], DeleteForm)));

        var responses = await Task.WhenAll(forms.Select(f => f.SubmitAsync()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.True(await app.WithDbAsync(db => db.Partnerships.IgnoreQueryFilters().AnyAsync(p => p.Id == partnership.Id && p.DeletedAt != null)));
    }

    [Fact]
    public async Task Deleting_a_contact_twice_ends_on_the_partnership_with_the_contact_gone()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var contact = await InsertContactAsync(partnership);
        var url = $"/Partnerships/{partnership.Id}/Contacts/{contact}/Edit";
        var first = await client.LoadFormAsync(url, [], DeleteForm);
        var second = await client.LoadFormAsync(url, [], DeleteForm);

        var responses = await Task.WhenAll(first.SubmitAsync(), second.SubmitAsync());
        var again = await first.SubmitAsync();

        Assert.All(responses.Append(again), r => Assert.Equal($"/Partnerships/Details/{partnership.Id}#contacts", r.Headers.Location!.OriginalString));
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact)));
    }

    [Fact]
    public async Task Saving_a_contact_that_a_colleague_deleted_meanwhile_says_so_instead_of_failing()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var contact = await InsertContactAsync(partnership);
        var edit = await client.LoadFormAsync($"/Partnerships/{partnership.Id}/Contacts/{contact}/Edit", new() { ["Input.Role"] = "Mayor" });
        await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == contact).ExecuteDeleteAsync());

        var response = await edit.SubmitAsync();

        Assert.Equal($"/Partnerships/Details/{partnership.Id}#contacts", response.Headers.Location!.OriginalString);
        var details = await client.GetDocumentAsync($"/Partnerships/Details/{partnership.Id}");
        Assert.Contains("Someone else deleted this entry in the meantime", details.QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public async Task Saving_a_partnership_that_a_colleague_deleted_meanwhile_says_so_instead_of_failing()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var edit = await client.LoadFormAsync($"/Partnerships/Edit/{partnership.Id}", new() { ["Input.Description"] = "Too late" });
        var colleague = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, partnership.CityId));
        await colleague.SubmitFormAsync($"/Partnerships/Details/{partnership.Id}", [], DeleteForm);

        var response = await edit.SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Someone else deleted this entry in the meantime", list.QuerySelector("[data-testid=error-message]")!.TextContent);
    }

    [Fact]
    public async Task Deleting_an_activity_and_a_document_twice_never_ends_in_an_error()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var (activity, document) = await app.WithDbAsync(async db =>
        {
            var newActivity = new Activity(partnership.Id, ActivityKind.Conference, "Climate forum", new DateOnly(2026, 5, 1), null, null, null, null);
            var newDocument = new AgreementDocument(partnership.Id, "Agreement.pdf", "%PDF-1.4 test"u8.ToArray(), DateTime.UtcNow, "Test Person");
            db.AddRange(newActivity, newDocument);
            await db.SaveChangesAsync();
            return (newActivity.Id, newDocument.Id);
        });
        var activityUrl = $"/Partnerships/{partnership.Id}/Activities/{activity}/Edit";
        var activityForms = new[] { await client.LoadFormAsync(activityUrl, [], DeleteForm), await client.LoadFormAsync(activityUrl, [], DeleteForm) };
        var detailsUrl = $"/Partnerships/Details/{partnership.Id}";
        var documentForms = new[]
        {
            await client.LoadFormAsync(detailsUrl, [], $"#delete-document-{document} form"),
            await client.LoadFormAsync(detailsUrl, [], $"#delete-document-{document} form"),
        };

        var responses = await Task.WhenAll(activityForms.Concat(documentForms).Select(f => f.SubmitAsync()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.False(await app.WithDbAsync(db => db.Activities.AnyAsync(a => a.Id == activity)));
        Assert.False(await app.WithDbAsync(db => db.AgreementDocuments.AnyAsync(d => d.Id == document)));
    }

    [Fact]
    public async Task A_contact_must_work_for_one_of_the_two_cities_whatever_the_form_says()
    {
        var (partnership, client) = await OwnPartnershipAsync();
        var stranger = await app.InsertCityAsync();

        var response = await client.SubmitFormAsync($"/Partnerships/{partnership.Id}/Contacts/Create", new()
        {
            ["Input.CityId"] = stranger.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Somebody Else",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("one of the two cities", page.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Equal("Somebody Else", page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.PartnershipId == partnership.Id)));
    }

    private async Task<(Partnership Partnership, HttpClient Client)> OwnPartnershipAsync()
    {
        var own = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(own.Id, (await app.InsertCityAsync()).Id);
        return (partnership, await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, own.Id)));
    }

    private Task<int> InsertContactAsync(Partnership partnership) => app.WithDbAsync(async db =>
    {
        var contact = new Contact(await db.Partnerships.SingleAsync(p => p.Id == partnership.Id), partnership.CityId, "Jana Novak");
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });
}
