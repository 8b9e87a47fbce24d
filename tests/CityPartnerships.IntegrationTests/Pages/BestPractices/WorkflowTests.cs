using System.Net;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.BestPractices;

public sealed class WorkflowTests(PortalApp app)
{
    private static Dictionary<string, string> Template(string title) => new()
    {
        ["Input.English.Title"] = title,
        ["Input.English.Summary"] = "Twinned schools exchange pupils every summer.",
        ["Input.English.Challenge"] = "Few pupils had been abroad.",
        ["Input.English.Approach"] = "Two schools organise a two-week exchange.",
        ["Input.English.Results"] = "300 pupils took part in ten years.",
        ["Input.English.Costs"] = "12,000 € a year.",
        ["Input.English.Transferability"] = "A partner school in each city.",
        ["Input.English.Partners"] = "Lycée du Parc, Lyon",
        ["Input.ContactName"] = "Jana Novak",
        ["Input.ContactEmail"] = "jana.novak@example.org",
        ["Input.Sdgs"] = "4",
    };

    private async Task<int> AreaIdAsync() => await app.WithDbAsync(db => db.ActionAreas.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    [Fact]
    public async Task Staff_submit_a_practice_an_admin_publishes_it_and_the_public_finds_it()
    {
        var city = await app.InsertCityAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var title = Unique.Name("Pupil exchange");
        var fields = Template(title);
        fields["Input.AreaIds"] = (await AreaIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await staff.SubmitFormAsync("/BestPractices/Edit", fields, action: "/BestPractices/Edit?handler=Submit");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.PathAndQueryOrOriginal().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var practice = await app.WithDbAsync(db => db.BestPractices.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal((BestPracticeStatus.Submitted, city.Id), (practice.Status, practice.CityId));
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/BestPractices/Details/{id}")).StatusCode);

        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var queue = await admin.GetDocumentAsync("/Admin/BestPractices/Index");
        Assert.Contains(title, queue.QuerySelector("[data-testid=review-queue]")!.TextContent);
        var published = await admin.SubmitFormAsync($"/BestPractices/Review/{id}", new()
        {
            ["Input.Relevance"] = "true",
            ["Input.Evidence"] = "true",
            ["Input.Transferability"] = "true",
            ["Input.Completeness"] = "true",
            ["Input.Comment"] = "Clear and well documented.",
        }, action: $"/BestPractices/Review/{id}?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var library = await anonymous.GetDocumentAsync($"/BestPractices?q={Uri.EscapeDataString(title)}");
        Assert.Contains(title, library.QuerySelector("[data-testid=practice-results]")!.TextContent);
        var page = await anonymous.GetDocumentAsync($"/BestPractices/Details/{id}");
        Assert.NotNull(page.QuerySelector("[data-testid=association-label]"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=review]"));

        var history = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ScopeType == AuditedTypes.BestPractice && a.ScopeId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => a.EntityType).ToListAsync());
        Assert.Contains(AuditedTypes.BestPracticeReview, history);
        Assert.Contains(AuditedTypes.BestPracticeText, history);
        var own = await staff.GetDocumentAsync($"/BestPractices/Details/{id}");
        Assert.Contains("Clear and well documented.", own.QuerySelector("[data-testid=review]")!.TextContent);
        Assert.NotNull(own.QuerySelector("[data-testid=history]"));
    }

    [Fact]
    public async Task Admins_request_changes_and_the_author_sees_the_comment_and_a_notice()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Submitted);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        Assert.Contains(practice.Texts.Single().Title, (await admin.GetDocumentAsync("/Admin/Index")).QuerySelector("[data-testid=practice-notices]")!.TextContent);

        var withoutComment = await admin.SubmitFormAsync($"/BestPractices/Review/{practice.Id}", new() { ["Input.Comment"] = "" },
            action: $"/BestPractices/Review/{practice.Id}?handler=RequestChanges");
        Assert.Equal(HttpStatusCode.OK, withoutComment.StatusCode);
        Assert.Contains("Say what the city should change.", (await withoutComment.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")!.TextContent);

        var notAllMet = await admin.SubmitFormAsync($"/BestPractices/Review/{practice.Id}", new() { ["Input.Relevance"] = "true" },
            action: $"/BestPractices/Review/{practice.Id}?handler=Publish");
        Assert.Equal(HttpStatusCode.OK, notAllMet.StatusCode);

        await admin.SubmitFormAsync($"/BestPractices/Review/{practice.Id}", new() { ["Input.Comment"] = "Please add figures on the results." },
            action: $"/BestPractices/Review/{practice.Id}?handler=RequestChanges");

        var author = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var start = await author.GetDocumentAsync("/MyCity");
        Assert.Contains("Changes requested", start.QuerySelector("[data-testid=practice-notices]")!.TextContent);
        var form = await author.GetDocumentAsync($"/BestPractices/Edit/{practice.Id}");
        Assert.Contains("Please add figures on the results.", form.QuerySelector("[data-testid=review-comment]")!.TextContent);
    }

    [Fact]
    public async Task Nothing_typed_is_lost_when_a_save_is_refused()
    {
        var city = await app.InsertCityAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var fields = Template("Exchange");
        fields["Input.ContactEmail"] = "not an address";
        fields["Input.German.Summary"] = "Schulen tauschen Schüler aus.";

        var refused = await staff.SubmitFormAsync("/BestPractices/Edit", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.ToDocumentAsync();
        Assert.Contains("Enter a valid e-mail address.", form.QuerySelector("[data-testid=form-errors]")!.TextContent);
        Assert.Contains("title", form.QuerySelector("[data-valmsg-for='Input.German.Title']")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Twinned schools exchange pupils every summer.", form.QuerySelector("#Input_English_Summary")!.TextContent);
        Assert.Equal("Schulen tauschen Schüler aus.", form.QuerySelector("#Input_German_Summary")!.TextContent);
        Assert.Equal("not an address", form.QuerySelector("#Input_ContactEmail")!.GetAttribute("value"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#sdg-4")!).IsChecked);
        Assert.Equal(0, await app.WithDbAsync(db => db.BestPractices.CountAsync(p => p.CityId == city.Id)));
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_is_refused_and_the_draft_is_kept()
    {
        var city = await app.InsertCityAsync();
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var saved = await staff.SubmitFormAsync("/BestPractices/Edit", new()
        {
            ["Input.English.Title"] = "Just an idea",
            ["Input.English.Summary"] = "To be written.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.WithDbAsync(db => db.BestPractices.Where(p => p.CityId == city.Id).Select(p => p.Id).SingleAsync());

        var submit = await staff.SubmitFormAsync($"/BestPractices/Details/{id}", [], formSelector: "form[action*='handler=Submit']");

        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        var page = await staff.GetDocumentAsync($"/BestPractices/Details/{id}");
        Assert.Contains("Describe the challenge", page.QuerySelector("[data-testid=error-message]")?.TextContent ?? page.Body!.TextContent);
        Assert.Equal(BestPracticeStatus.Draft, await app.WithDbAsync(db => db.BestPractices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Staff_cannot_publish_a_practice()
    {
        var city = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Submitted);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var token = await AntiforgeryAsync(staff, "/BestPractices/Mine");

        var response = await staff.PostAsync($"/BestPractices/Review/{practice.Id}?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Relevance"] = "true",
            ["Input.Evidence"] = "true",
            ["Input.Transferability"] = "true",
            ["Input.Completeness"] = "true",
        }));

        AccessMatrix.AssertOutcome(Outcome.Denied, response);
        Assert.Equal(BestPracticeStatus.Submitted, await StatusAsync(practice.Id));
    }

    [Fact]
    public async Task Staff_cannot_read_or_edit_another_citys_draft_nor_edit_its_published_practice()
    {
        var other = await app.InsertCityAsync();
        var draft = await app.InsertPracticeAsync(other.Id, BestPracticeStatus.Draft);
        var changes = await app.InsertPracticeAsync(other.Id, BestPracticeStatus.ChangesRequested);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var token = await AntiforgeryAsync(staff, "/BestPractices/Mine");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/BestPractices/Details/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/BestPractices/Edit/{draft.Id}")).StatusCode);
        var edit = await staff.PostAsync($"/BestPractices/Edit/{changes.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.English.Title"] = "Taken over",
            ["Input.English.Summary"] = "By someone else.",
        }));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var submit = await staff.PostAsync($"/BestPractices/Details/{changes.Id}?handler=Submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, submit.StatusCode);
        Assert.Equal(changes.Texts.Single().Title, await app.WithDbAsync(db => db.BestPracticeTexts.Where(t => t.BestPracticeId == changes.Id).Select(t => t.Title).SingleAsync()));

        var published = await app.InsertPracticeAsync(other.Id);
        var withdraw = await staff.PostAsync($"/BestPractices/Details/{published.Id}?handler=Withdraw",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        AccessMatrix.AssertOutcome(Outcome.Denied, withdraw);
        Assert.Equal(BestPracticeStatus.Published, await StatusAsync(published.Id));
    }

    [Fact]
    public async Task The_mayors_office_reads_its_citys_drafts_but_changes_nothing()
    {
        var city = await app.InsertCityAsync();
        var draft = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, city.Id));
        var token = await AntiforgeryAsync(mayor, "/BestPractices/Mine");

        var mine = await mayor.GetDocumentAsync("/BestPractices/Mine");
        Assert.Contains(draft.Texts.Single().Title, mine.QuerySelector("[data-testid=my-practices]")!.TextContent);
        Assert.Null(mine.QuerySelector("[data-testid=new-practice]"));
        var details = await mayor.GetDocumentAsync($"/BestPractices/Details/{draft.Id}");
        Assert.Null(details.QuerySelector("[data-testid=submit-practice]"));

        AccessMatrix.AssertOutcome(Outcome.Denied, await mayor.GetAsync($"/BestPractices/Edit/{draft.Id}"));
        AccessMatrix.AssertOutcome(Outcome.Denied, await mayor.GetAsync("/BestPractices/Edit"));
        AccessMatrix.AssertOutcome(Outcome.Denied, await mayor.PostAsync($"/BestPractices/Details/{draft.Id}?handler=Submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
        Assert.Equal(BestPracticeStatus.Draft, await StatusAsync(draft.Id));
    }

    [Fact]
    public async Task The_public_library_never_shows_drafts_or_practices_in_review()
    {
        var city = await app.InsertCityAsync();
        var word = Unique.Name("Zebrafinch");
        foreach (var status in new[] { BestPracticeStatus.Draft, BestPracticeStatus.Submitted, BestPracticeStatus.ChangesRequested })
        {
            await app.InsertPracticeAsync(city.Id, status, text: PracticeData.Text($"{word} {status}"));
        }

        var anonymous = app.CreateClient();
        var library = await anonymous.GetDocumentAsync($"/BestPractices?q={word}");

        Assert.NotNull(library.QuerySelector("[data-testid=no-results]"));
    }

    [Fact]
    public async Task A_city_adopts_a_published_practice_and_the_practice_page_shows_it()
    {
        var origin = await app.InsertCityAsync();
        var practice = await app.InsertPracticeAsync(origin.Id);
        var adopter = await app.InsertCityAsync();
        var partnership = await app.InsertPartnershipAsync(adopter.Id, (await app.InsertCityAsync()).Id);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, adopter.Id));

        var response = await staff.SubmitFormAsync($"/BestPractices/Adopt/{practice.Id}", new()
        {
            ["Input.PartnershipId"] = partnership.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ProjectTitle"] = "Our pupil exchange",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.PartnershipId == partnership.Id));
        Assert.Equal("Our pupil exchange", project.Title);
        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices/Details/{practice.Id}");
        Assert.Contains(adopter.Name, page.QuerySelector("[data-testid=adoptions]")!.TextContent);
        Assert.Null((await staff.GetDocumentAsync($"/BestPractices/Details/{practice.Id}")).QuerySelector("[data-testid=adopt-practice]"));

        var adoptionId = await app.WithDbAsync(db => db.BestPracticeAdoptions.Where(a => a.BestPracticeId == practice.Id).Select(a => a.Id).SingleAsync());
        await staff.SubmitFormAsync($"/BestPractices/Adopt/{practice.Id}?adoptionId={adoptionId}", new() { ["Input.Outcome"] = "Two schools joined." });
        Assert.Contains("Two schools joined.", (await app.CreateClient().GetDocumentAsync($"/BestPractices/Details/{practice.Id}")).QuerySelector("[data-testid=adoptions]")!.TextContent);
    }

    [Fact]
    public async Task A_city_cannot_adopt_into_another_citys_partnership()
    {
        var practice = await app.InsertPracticeAsync((await app.InsertCityAsync()).Id);
        var foreign = await app.InsertPartnershipAsync((await app.InsertCityAsync()).Id, (await app.InsertCityAsync()).Id);
        var adopter = await app.InsertCityAsync();
        await app.InsertPartnershipAsync(adopter.Id, (await app.InsertCityAsync()).Id);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, adopter.Id));
        var form = await staff.LoadFormAsync($"/BestPractices/Adopt/{practice.Id}", new() { ["Input.ProjectTitle"] = "Stolen" });
        var values = form.Values.Where(v => v.Key != "Input.PartnershipId").Append(new("Input.PartnershipId", foreign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var response = await (form with { Values = values }).SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Projects.AnyAsync(p => p.PartnershipId == foreign.Id)));
    }

    private Task<BestPracticeStatus> StatusAsync(int id) =>
        app.WithDbAsync(db => db.BestPractices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    private static async Task<string> AntiforgeryAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
