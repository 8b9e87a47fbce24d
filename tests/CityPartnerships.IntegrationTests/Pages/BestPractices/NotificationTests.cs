using System.Net;
using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.BestPractices;

/// <summary>The library's e-mails: admins hear of a submitted practice, its author of the review's outcome, each in their own language.</summary>
public sealed class NotificationTests(PortalApp app)
{
    private Task<int> SpeaksAsync(TestUser user, string language) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, language)));

    private static Dictionary<string, string> AllCriteriaMet(string comment) => new()
    {
        ["Input.Relevance"] = "true",
        ["Input.Evidence"] = "true",
        ["Input.Transferability"] = "true",
        ["Input.Completeness"] = "true",
        ["Input.Comment"] = comment,
    };

    [Fact]
    public async Task Submitting_a_practice_mails_every_admin_in_their_language_with_a_link_to_the_review()
    {
        var city = await app.InsertCityAsync();
        var englishAdmin = await app.CreateUserAsync(Roles.AssociationAdmin);
        var germanAdmin = await app.CreateUserAsync(Roles.AssociationAdmin);
        await SpeaksAsync(germanAdmin, "de");
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var title = practice.Texts.Single().Title;

        var submitted = await staff.SubmitFormAsync($"/BestPractices/Details/{practice.Id}", [], formSelector: "form[action*='handler=Submit']");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var english = await app.Mailbox.WaitForMailAsync(englishAdmin.Email, title);
        var german = await app.Mailbox.WaitForMailAsync(germanAdmin.Email, title);
        Assert.Equal($"Waiting for review: {title}", english.Subject);
        Assert.Contains($"{city.Name} has submitted the best practice \"{title}\" for review.", english.TextBody, StringComparison.Ordinal);
        Assert.Equal($"Wartet auf Prüfung: {title}", german.Subject);
        Assert.Contains($"{city.Name} hat das gute Beispiel „{title}“ zur Prüfung eingereicht.", german.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/BestPractices/Review/{practice.Id}", TestMailbox.LinkIn(english, "/BestPractices/Review/").AbsolutePath);
    }

    [Fact]
    public async Task Publishing_mails_the_author_in_their_language_and_no_one_else_of_the_city()
    {
        var city = await app.InsertCityAsync();
        var author = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        await SpeaksAsync(author, "de");
        var colleague = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft, ContentLanguage.German,
            PracticeData.Text(Unique.Name("Schüleraustausch")));
        var title = practice.Texts.Single().Title;
        await (await app.SignedInClientAsync(author)).SubmitFormAsync($"/BestPractices/Details/{practice.Id}", [],
            formSelector: "form[action*='handler=Submit']");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var published = await admin.SubmitFormAsync($"/BestPractices/Review/{practice.Id}", AllCriteriaMet("Vorbildlich dokumentiert."),
            action: $"/BestPractices/Review/{practice.Id}?handler=Publish");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var mail = await app.Mailbox.WaitForMailAsync(author.Email, title);
        Assert.Equal($"Veröffentlicht in der Bibliothek guter Beispiele: {title}", mail.Subject);
        Assert.Contains("Vorbildlich dokumentiert.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/BestPractices/Details/{practice.Id}", TestMailbox.LinkIn(mail, "/BestPractices/Details/").AbsolutePath);
        Assert.Empty(app.Mailbox.Find(colleague.Email));
    }

    [Fact]
    public async Task Requesting_changes_mails_the_author_the_comment_and_a_link_to_revise_it()
    {
        var city = await app.InsertCityAsync();
        var author = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var practice = await app.InsertPracticeAsync(city.Id, BestPracticeStatus.Draft);
        var title = practice.Texts.Single().Title;
        await (await app.SignedInClientAsync(author)).SubmitFormAsync($"/BestPractices/Details/{practice.Id}", [],
            formSelector: "form[action*='handler=Submit']");
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        await admin.SubmitFormAsync($"/BestPractices/Review/{practice.Id}", new() { ["Input.Comment"] = "Please add figures on the results." },
            action: $"/BestPractices/Review/{practice.Id}?handler=RequestChanges");

        var mail = await app.Mailbox.WaitForMailAsync(author.Email, title);
        Assert.Equal($"Changes requested: {title}", mail.Subject);
        Assert.Contains("Please add figures on the results.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Please add figures on the results.", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"/BestPractices/Edit/{practice.Id}", TestMailbox.LinkIn(mail, "/BestPractices/Edit/").AbsolutePath);
        Assert.Equal(BestPracticeStatus.ChangesRequested,
            await app.WithDbAsync(db => db.BestPractices.Where(p => p.Id == practice.Id).Select(p => p.Status).SingleAsync()));
    }
}
