using System.Net;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Legal;

/// <summary>
/// The accessibility statement's feedback form and the admins' list of what came in. The only tests that write
/// feedback: they run one after another, so the empty list can be shown.
/// </summary>
public sealed class AccessibilityFeedbackTests(PortalApp app)
{
    private static Dictionary<string, string> Report(string problem, string? page = null, string? name = null, string? email = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Problem"] = problem };
        if (page is not null)
        {
            fields["Input.Page"] = page;
        }

        if (name is not null)
        {
            fields["Input.Name"] = name;
        }

        if (email is not null)
        {
            fields["Input.Email"] = email;
        }

        return fields;
    }

    [Fact]
    public async Task Anyone_reports_a_barrier_it_is_stored_and_mailed_to_every_admin_in_their_language()
    {
        var englishAdmin = await app.CreateUserAsync(Roles.AssociationAdmin);
        var germanAdmin = await app.CreateUserAsync(Roles.AssociationAdmin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == germanAdmin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "de")));
        var problem = Unique.Name("The map cannot be reached with the keyboard");
        var visitor = app.CreateClient("de");

        var sent = await visitor.SubmitFormAsync("/Accessibility?from=/Map", Report(problem, name: "Erika Muster", email: "erika@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Accessibility#feedback", sent.Headers.Location?.OriginalString);
        var thanks = await visitor.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("Vielen Dank", thanks.QuerySelector("[data-testid=feedback-sent]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Map", thanks.QuerySelector("[data-testid=feedback-return]")?.GetAttribute("href"));

        var stored = await app.WithDbAsync(db => db.AccessibilityFeedback.AsNoTracking().SingleAsync(f => f.Problem == problem));
        Assert.Equal(("/Map", "Erika Muster", "erika@example.org", "de", false), (stored.Page, stored.Name, stored.Email, stored.Language, stored.IsAnswered));

        // Every admin of the shared test database gets one (hundreds when the whole suite runs), one after the other.
        var english = await app.Mailbox.WaitForMailAsync(englishAdmin.Email, "New accessibility feedback", TimeSpan.FromMinutes(2));
        var german = await app.Mailbox.WaitForMailAsync(germanAdmin.Email, "Neue Rückmeldung zur Barrierefreiheit", TimeSpan.FromMinutes(2));
        var englishMail = app.Mailbox.Find(englishAdmin.Email).Single(m => (m.TextBody ?? "").Contains(problem, StringComparison.Ordinal));
        Assert.Contains("Page concerned: /Map", englishMail.TextBody, StringComparison.Ordinal);
        Assert.Contains("From: Erika Muster, e-mail: erika@example.org", englishMail.TextBody, StringComparison.Ordinal);
        Assert.Equal("/Admin/Feedback", TestMailbox.LinkIn(englishMail, "/Admin/Feedback").AbsolutePath);
        Assert.Contains(app.Mailbox.Find(germanAdmin.Email), m => (m.TextBody ?? "").Contains(problem, StringComparison.Ordinal)
            && (m.TextBody ?? "").Contains("Betroffene Seite: /Map", StringComparison.Ordinal));
        Assert.NotNull(english);
        Assert.NotNull(german);
    }

    [Fact]
    public async Task A_signed_in_user_reports_too_and_the_page_comes_from_where_they_were()
    {
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff), "en");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Accessibility");
        request.Headers.Referrer = new Uri("http://localhost/Partnerships?sort=partner");

        var form = await (await staff.SendAsync(request)).ToDocumentAsync();

        Assert.Equal("/Partnerships?sort=partner", form.QuerySelector("input[name='Input.Page']")?.GetAttribute("value"));
        var problem = Unique.Name("Sorting is not announced");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync("/Accessibility?from=/Partnerships", Report(problem))).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AccessibilityFeedback.AnyAsync(f => f.Problem == problem && f.Page == "/Partnerships")));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    public async Task A_page_that_is_not_a_path_of_the_portal_is_neither_prefilled_nor_used_as_a_link(string foreign)
    {
        var visitor = app.CreateClient("en");
        var form = await visitor.GetDocumentAsync($"/Accessibility?from={Uri.EscapeDataString(foreign)}");
        Assert.True(string.IsNullOrEmpty(form.QuerySelector("input[name='Input.Page']")?.GetAttribute("value")));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Accessibility");
        request.Headers.Referrer = new Uri("https://evil.example/Partnerships");
        Assert.True(string.IsNullOrEmpty((await (await visitor.SendAsync(request)).ToDocumentAsync()).QuerySelector("input[name='Input.Page']")?.GetAttribute("value")));

        // Typed into the field anyway: kept as text for the admins, never a link or a way back.
        var problem = Unique.Name("Foreign page");
        var sent = await visitor.SubmitFormAsync("/Accessibility", Report(problem, page: foreign));
        var thanks = await visitor.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        Assert.Empty(thanks.QuerySelectorAll("[data-testid=feedback-return]"));

        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var list = await admin.GetDocumentAsync("/Admin/Feedback");
        var item = list.QuerySelectorAll("[data-testid=feedback-item]").Single(i => i.TextContent.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(foreign, item.QuerySelector("[data-testid=feedback-page]")?.TextContent.Trim());
        Assert.Empty(item.QuerySelectorAll("[data-testid=feedback-page] a"));
        Assert.DoesNotContain(list.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains("evil.example", StringComparison.Ordinal) == true
            || a.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Invalid_feedback_is_refused_with_clear_messages_and_nothing_typed_is_lost()
    {
        var visitor = app.CreateClient("en");
        var name = Unique.Name("Name");

        var empty = await (await visitor.SubmitFormAsync("/Accessibility", Report("   ", page: "/Map", name: name, email: "not-an-address"))).ToDocumentAsync();
        var tooLong = await (await visitor.SubmitFormAsync("/Accessibility", Report(new string('x', 4001)))).ToDocumentAsync();

        var errors = empty.QuerySelector("[data-testid=form-errors]")?.TextContent;
        Assert.Contains("Description of the problem is required.", errors, StringComparison.Ordinal);
        Assert.Contains("valid e-mail address", errors, StringComparison.Ordinal);
        Assert.Equal(name, empty.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal("not-an-address", empty.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        Assert.Equal("/Map", empty.QuerySelector("input[name='Input.Page']")?.GetAttribute("value"));
        Assert.NotEmpty(tooLong.QuerySelector("[data-testid=form-errors]")?.TextContent ?? "");
        Assert.Equal(4001, tooLong.QuerySelector("textarea[name='Input.Problem']")?.TextContent.Trim().Length);
        Assert.False(await app.WithDbAsync(db => db.AccessibilityFeedback.AnyAsync(f => f.Name == name)));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var response = await app.CreateClient().PostAsync("/Accessibility",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Problem"] = Unique.Name("Forged") }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Admins_see_feedback_newest_first_mark_it_answered_and_see_an_empty_list_when_there_is_none()
    {
        await app.WithDbAsync(db => db.AccessibilityFeedback.ExecuteDeleteAsync());
        var adminUser = await app.CreateUserAsync(Roles.AssociationAdmin);
        var admin = await app.SignedInClientAsync(adminUser, "en");
        Assert.NotNull((await admin.GetDocumentAsync("/Admin/Feedback")).QuerySelector("[data-testid=feedback-empty]"));

        var visitor = app.CreateClient("en");
        var older = Unique.Name("Older");
        var newer = Unique.Name("Newer");
        await visitor.SubmitFormAsync("/Accessibility", Report(older));
        await visitor.SubmitFormAsync("/Accessibility", Report(newer));

        var list = await admin.GetDocumentAsync("/Admin/Feedback");
        var items = list.QuerySelectorAll("[data-testid=feedback-item]");
        Assert.Equal(2, items.Length);
        Assert.Contains(newer, items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(older, items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("[data-testid=feedback-answered]"));

        var answered = await admin.SubmitFormAsync("/Admin/Feedback", [], formSelector: "[data-testid=feedback-item] form");

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var after = await admin.GetDocumentAsync(answered.Headers.Location!.OriginalString);
        Assert.Contains("marked as answered", after.QuerySelector("[data-testid=status-message]")?.TextContent, StringComparison.Ordinal);
        var first = after.QuerySelectorAll("[data-testid=feedback-item]")[0];
        Assert.Contains($"by {adminUser.DisplayName}", first.QuerySelector("[data-testid=feedback-answered]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(first.QuerySelectorAll("form"));
        Assert.NotEmpty(after.QuerySelectorAll("[data-testid=feedback-item]")[1].QuerySelectorAll("form"));
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Staff_and_mayors_offices_get_no_access_to_the_feedback_list(string role)
    {
        var feedback = await app.WithDbAsync(async db =>
        {
            var entry = new Domain.Accessibility.AccessibilityFeedback(Unique.Name("Private"), null, "Someone", "someone@example.org", "en", DateTime.UtcNow);
            db.AccessibilityFeedback.Add(entry);
            await db.SaveChangesAsync();
            return entry;
        });
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var list = await client.GetAsync("/Admin/Feedback");
        var answer = await client.SubmitFormAsync("/Status", [], formSelector: "form[action='/Account/Logout']",
            action: $"/Admin/Feedback?handler=Answered&id={feedback.Id}");

        Assert.StartsWith("/Account/AccessDenied", list.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(list.Headers.Location)).StatusCode);
        Assert.StartsWith("/Account/AccessDenied", answer.Headers.Location?.PathAndQueryOrOriginal());
        Assert.False(await app.WithDbAsync(db => db.AccessibilityFeedback.AnyAsync(f => f.Id == feedback.Id && f.AnsweredAt != null)));
    }

    [Fact]
    public async Task A_personal_data_request_finds_the_feedback_a_person_sent_and_erasure_removes_only_their_name_and_address()
    {
        var email = $"sender.{Guid.NewGuid():N}"[..20] + "@example.org";
        var problem = Unique.Name("Contrast too low");
        await app.CreateClient("en").SubmitFormAsync("/Accessibility", Report(problem, page: "/Map", name: "Sam Sender", email: email));
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin), "en");
        var privacy = $"/Admin/Privacy?email={Uri.EscapeDataString(email.ToUpperInvariant())}";

        var found = await admin.GetDocumentAsync(privacy);
        var row = found.QuerySelector("[data-testid=privacy-mentions] tr[data-kind=AccessibilityFeedback]");
        Assert.NotNull(row);
        Assert.Contains("Sam Sender", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("/Map", row.TextContent, StringComparison.Ordinal);

        var erased = await admin.SubmitFormAsync(privacy, [], formSelector: "form[action*='handler=Erase']");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var kept = await app.WithDbAsync(db => db.AccessibilityFeedback.AsNoTracking().SingleAsync(f => f.Problem == problem));
        Assert.Equal(((string?)null, (string?)null, "/Map"), (kept.Name, kept.Email, kept.Page));
    }

    [Fact]
    public async Task Too_many_reports_from_one_address_get_the_slow_down_page_but_reading_the_statement_does_not()
    {
        await using var limited = new PortalFactory(app.ConnectionString, new Dictionary<string, string> { ["RateLimiting:AnonymousFormsPerHour"] = "2" });
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Accessibility", Report(Unique.Name("Limited")))).StatusCode);
        }

        var refused = await client.SubmitFormAsync("/Accessibility", Report(Unique.Name("Limited")));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Accessibility")).StatusCode);
    }
}
