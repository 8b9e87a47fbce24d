using System.Globalization;
using System.Net;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Board;

public sealed class BoardTests(PortalApp app)
{
    private static readonly DateOnly _today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Staff_post_a_search_another_city_answers_and_the_posting_city_reads_the_answer_with_its_contact()
    {
        var (poster, answerer) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var posterUser = await app.CreateUserAsync(Roles.InternationalAffairsStaff, poster.Id);
        var posterStaff = await app.SignedInClientAsync(posterUser);
        var answerUser = await app.CreateUserAsync(Roles.InternationalAffairsStaff, answerer.Id);
        var answerStaff = await app.SignedInClientAsync(answerUser);
        var text = Unique.Name("Heat adaptation partner wanted");

        var form = await posterStaff.GetDocumentAsync("/Board/Edit");
        Assert.Equal(_today.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.QuerySelector("#Input_Until")?.GetAttribute("value"));
        var posted = await posterStaff.SubmitFormAsync("/Board/Edit", new()
        {
            ["Input.Kind"] = nameof(PartnershipKind.ProjectPartnership),
            ["Input.Region"] = nameof(WorldRegion.Africa),
            ["Input.Text"] = text,
            // A field the form does not have: the city comes from the sign-in.
            ["Input.CityId"] = answerer.Id.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var postUrl = posted.Headers.Location!.OriginalString;
        var post = await app.WithDbAsync(db => db.PartnerSearches.AsNoTracking().SingleAsync(s => s.Text == text));
        Assert.Equal((poster.Id, posterUser.DisplayName, WorldRegion.Africa), (post.CityId, post.PostedBy, post.Region));
        Assert.Equal($"/Board/Details/{post.Id}", postUrl);

        var board = await answerStaff.GetDocumentAsync("/Board?worldregion=Africa&kind=ProjectPartnership");
        var card = board.QuerySelector($"[data-post-id='{post.Id}']");
        Assert.Contains($"{poster.Name} seeks a partner", card?.TextContent);
        Assert.Contains("0 answers", card?.TextContent);
        var details = await answerStaff.GetDocumentAsync(postUrl);
        Assert.Equal(answerUser.DisplayName, details.QuerySelector("#Reply_ContactName")?.GetAttribute("value"));
        Assert.Equal(answerUser.Email, details.QuerySelector("#Reply_ContactEmail")?.GetAttribute("value"));

        var replied = await answerStaff.SubmitFormAsync(postUrl, new() { ["Reply.Text"] = "We run a heat action plan and would like to join." },
            "[data-testid=reply-form]");

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var seenByPoster = await posterStaff.GetDocumentAsync(postUrl);
        var reply = seenByPoster.QuerySelector($"[data-testid=reply][data-reply-city-id='{answerer.Id}']");
        Assert.Contains("We run a heat action plan", reply?.TextContent);
        Assert.Contains(answerUser.Email, reply?.TextContent);
        Assert.Null(seenByPoster.QuerySelector("[data-testid=reply-form]"));
        var mail = await app.Mailbox.WaitForMailAsync(posterUser.Email, $"{answerer.Name} answered your city's partner search");
        Assert.Equal(postUrl, TestMailbox.LinkIn(mail, "/Board/Details/").AbsolutePath);
        Assert.Contains("1 answer", (await posterStaff.GetDocumentAsync("/Board?show=Mine")).QuerySelector($"[data-post-id='{post.Id}']")?.TextContent);
    }

    [Fact]
    public async Task A_third_city_reads_the_post_but_never_another_citys_answer_while_the_posting_citys_mayor_and_admins_do()
    {
        var (poster, answerer, third) = (await app.InsertCityAsync(), await app.InsertCityAsync(), await app.InsertCityAsync());
        var id = await InsertPostAsync(poster.Id, reply: answerer.Id);

        var seenByThird = await (await StaffOfAsync(third.Id)).GetDocumentAsync($"/Board/Details/{id}");
        var seenByMayor = await (await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, poster.Id))).GetDocumentAsync($"/Board/Details/{id}");
        var seenByAdmin = await (await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin))).GetDocumentAsync($"/Board/Details/{id}");
        var seenByAnswerer = await (await StaffOfAsync(answerer.Id)).GetDocumentAsync($"/Board/Details/{id}");

        Assert.NotNull(seenByThird.QuerySelector("[data-testid=post-text]"));
        Assert.Empty(seenByThird.QuerySelectorAll("[data-testid=reply]"));
        Assert.DoesNotContain("answerer@example.org", seenByThird.Body!.TextContent);
        Assert.NotNull(seenByThird.QuerySelector("[data-testid=reply-form]"));
        Assert.Single(seenByMayor.QuerySelectorAll($"[data-testid=reply][data-reply-city-id='{answerer.Id}']"));
        Assert.Null(seenByMayor.QuerySelector("[data-testid=reply-form]"));
        Assert.Null(seenByMayor.QuerySelector("[data-testid=close-post]"));
        Assert.Single(seenByAdmin.QuerySelectorAll($"[data-testid=reply][data-reply-city-id='{answerer.Id}']"));
        Assert.Single(seenByAnswerer.QuerySelectorAll($"[data-testid=reply][data-reply-city-id='{answerer.Id}']"));
        var anonymous = await app.CreateClient().GetAsync($"/Board/Details/{id}");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_mayors_office_reads_the_board_but_every_change_is_refused()
    {
        var (own, other) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var ownPost = await InsertPostAsync(own.Id);
        var otherPost = await InsertPostAsync(other.Id);
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));

        Assert.NotNull((await mayor.GetDocumentAsync("/Board")).QuerySelector($"[data-post-id='{otherPost}']"));
        Assert.Null((await mayor.GetDocumentAsync("/Board")).QuerySelector("[data-testid=new-post]"));
        Assert.StartsWith("/Account/AccessDenied", (await mayor.GetAsync("/Board/Edit")).Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", (await PostAsync(mayor, $"/Board/Edit/{ownPost}", ("Input.Kind", "Twinning"), ("Input.Text", "Changed"),
            ("Input.Until", _today.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", (await PostAsync(mayor, $"/Board/Details/{ownPost}?handler=Close")).Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", (await PostAsync(mayor, $"/Board/Details/{otherPost}?handler=Reply", ("Reply.Text", "Hello"),
            ("Reply.ContactName", "Mayor"), ("Reply.ContactEmail", "mayor@example.org"))).Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", (await PostAsync(mayor, $"/Board/Details/{otherPost}?handler=Hide", ("Hide.Reason", "No"))).Headers.Location?.PathAndQueryOrOriginal());

        var posts = await app.WithDbAsync(db => db.PartnerSearches.AsNoTracking().Include(s => s.Replies).Where(s => s.Id == ownPost || s.Id == otherPost).ToListAsync());
        Assert.All(posts, p => Assert.Equal((PartnerSearchStatus.Open, false, 0, "Seeking a partner"), (p.Status, p.IsHidden, p.Replies.Count, p.Text)));
    }

    [Fact]
    public async Task An_admin_hides_a_post_with_a_reason_the_posting_city_reads_and_other_cities_no_longer_see_it()
    {
        var (poster, other) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var id = await InsertPostAsync(poster.Id);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var otherUser = await app.CreateUserAsync(Roles.InternationalAffairsStaff, other.Id);
        var otherStaff = await app.SignedInClientAsync(otherUser);
        var posterStaff = await StaffOfAsync(poster.Id);

        var refused = await admin.SubmitFormAsync($"/Board/Details/{id}", new() { ["Hide.Reason"] = " " }, "#hide-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a reason", (await refused.ToDocumentAsync()).QuerySelector("[data-testid=hide-error]")?.TextContent);

        var hidden = await admin.SubmitFormAsync($"/Board/Details/{id}", new() { ["Hide.Reason"] = "Names a private person's phone number." }, "#hide-form");

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Null((await otherStaff.GetDocumentAsync("/Board")).QuerySelector($"[data-post-id='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherStaff.GetAsync($"/Board/Details/{id}")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.SecurityEvents.CountAsync(e => e.UserId == otherUser.Id && e.Type == SecurityEventType.AccessDenied)));
        var seenByPoster = await posterStaff.GetDocumentAsync($"/Board/Details/{id}");
        Assert.Contains("Names a private person's phone number.", seenByPoster.QuerySelector("[data-testid=moderation-reason]")?.TextContent);
        Assert.NotNull((await posterStaff.GetDocumentAsync("/Board?show=Mine")).QuerySelector($"[data-post-id='{id}'] [data-testid=post-hidden]"));
        Assert.NotNull((await admin.GetDocumentAsync("/Board?show=Hidden")).QuerySelector($"[data-post-id='{id}']"));

        var shown = await admin.SubmitFormAsync($"/Board/Details/{id}", new(), "form[action*='handler=Unhide']");

        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.NotNull((await otherStaff.GetDocumentAsync("/Board")).QuerySelector($"[data-post-id='{id}']"));
        Assert.Null((await posterStaff.GetDocumentAsync($"/Board/Details/{id}")).QuerySelector("[data-testid=moderation-reason]"));
    }

    [Fact]
    public async Task Staff_cannot_edit_close_or_answer_for_another_city_by_changing_the_id()
    {
        var (victim, attacker) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var id = await InsertPostAsync(victim.Id);
        var hiddenId = await InsertPostAsync(victim.Id, hidden: true);
        var ownId = await InsertPostAsync(attacker.Id);
        var attackerStaff = await StaffOfAsync(attacker.Id);

        Assert.StartsWith("/Account/AccessDenied", (await attackerStaff.GetAsync($"/Board/Edit/{id}")).Headers.Location?.PathAndQueryOrOriginal());
        var edit = await attackerStaff.SubmitFormAsync($"/Board/Edit/{ownId}", new() { ["Input.Text"] = "Taken over" }, action: $"/Board/Edit/{id}");
        var close = await attackerStaff.SubmitFormAsync($"/Board/Details/{ownId}", new(), "form[action*='handler=Close']", $"/Board/Details/{id}?handler=Close");
        var hiddenClose = await attackerStaff.SubmitFormAsync($"/Board/Details/{ownId}", new(), "form[action*='handler=Close']", $"/Board/Details/{hiddenId}?handler=Close");

        Assert.StartsWith("/Account/AccessDenied", edit.Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", close.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(HttpStatusCode.NotFound, hiddenClose.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await attackerStaff.GetAsync($"/Board/Edit/{hiddenId}")).StatusCode);
        var victimPost = await app.WithDbAsync(db => db.PartnerSearches.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Seeking a partner", PartnerSearchStatus.Open), (victimPost.Text, victimPost.Status));
        Assert.Equal(PartnerSearchStatus.Open, await app.WithDbAsync(db => db.PartnerSearches.Where(s => s.Id == hiddenId).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_refused_post_keeps_what_was_typed_and_says_why()
    {
        var city = await app.InsertCityAsync();
        var staff = await StaffOfAsync(city.Id);

        var response = await staff.SubmitFormAsync("/Board/Edit", new()
        {
            ["Input.Kind"] = nameof(PartnershipKind.Friendship),
            ["Input.Region"] = nameof(WorldRegion.Asia),
            ["Input.CountryCode"] = "PL",
            ["Input.Text"] = "A long text we do not want to type again",
            ["Input.Until"] = _today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("A long text we do not want to type again", page.QuerySelector("#Input_Text")?.TextContent.Trim());
        Assert.Contains("The date lies in the past", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        var country = await staff.SubmitFormAsync("/Board/Edit", new()
        {
            ["Input.Kind"] = nameof(PartnershipKind.Friendship),
            ["Input.Region"] = nameof(WorldRegion.Asia),
            ["Input.CountryCode"] = "PL",
            ["Input.Text"] = "A long text we do not want to type again",
        });
        Assert.Contains("not in the chosen world region", (await country.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);
        var tampered = await staff.SubmitFormAsync("/Board/Edit", new()
        {
            ["Input.Kind"] = nameof(PartnershipKind.Twinning),
            ["Input.Text"] = "A long text we do not want to type again",
            ["Input.ActionAreaId"] = "987654",
        });
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Contains("Choose an action area from the list", (await tampered.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);
        var empty = await staff.SubmitFormAsync("/Board/Edit", new() { ["Input.Text"] = "" });
        Assert.Contains("What your city seeks is required", (await empty.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.PartnerSearches.CountAsync(s => s.CityId == city.Id)));
    }

    [Fact]
    public async Task A_city_cannot_answer_its_own_post_nor_a_closed_one_and_is_told_why()
    {
        var (poster, other) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var id = await InsertPostAsync(poster.Id);
        var posterStaff = await StaffOfAsync(poster.Id);
        var otherStaff = await StaffOfAsync(other.Id);

        Assert.Null((await posterStaff.GetDocumentAsync($"/Board/Details/{id}")).QuerySelector("[data-testid=reply-form]"));
        var own = await PostAsync(posterStaff, $"/Board/Details/{id}?handler=Reply", ("Reply.Text", "Us"), ("Reply.ContactName", "Us"), ("Reply.ContactEmail", "us@example.org"));
        Assert.Contains("cannot answer its own post", (await own.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")?.TextContent);

        var form = await otherStaff.LoadFormAsync($"/Board/Details/{id}", new() { ["Reply.Text"] = "Too late?" }, "[data-testid=reply-form]");
        var closed = await posterStaff.SubmitFormAsync($"/Board/Details/{id}", new(), "form[action*='handler=Close']");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var late = await form.SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var latePage = await late.ToDocumentAsync();
        Assert.Contains("no longer takes answers", latePage.QuerySelector("[data-testid=form-errors]")?.TextContent + latePage.QuerySelector("[data-testid=cannot-reply]")?.TextContent);
        Assert.NotNull(latePage.QuerySelector("[data-testid=closed-notice]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.PartnerSearches.Where(s => s.Id == id).SelectMany(s => s.Replies).CountAsync()));
        Assert.Null((await otherStaff.GetDocumentAsync("/Board")).QuerySelector($"[data-post-id='{id}']"));
    }

    [Fact]
    public async Task The_board_lists_only_open_posts_that_have_not_run_out_filtered_and_sorted()
    {
        var city = await app.InsertCityAsync();
        var area = await app.WithDbAsync(db => db.ActionAreas.Where(a => a.Name == "Knowledge exchange").Select(a => a.Id).SingleAsync());
        var soon = await InsertPostAsync(city.Id, until: _today.AddDays(2), areaId: area);
        var later = await InsertPostAsync(city.Id, until: _today.AddDays(200), areaId: area);
        var expired = await InsertPostAsync(city.Id, until: _today.AddDays(-1), areaId: area);
        var otherKind = await InsertPostAsync(city.Id, until: _today.AddDays(3), areaId: area, kind: PartnershipKind.Contact);
        var staff = await StaffOfAsync((await app.InsertCityAsync()).Id);

        var page = await staff.GetDocumentAsync($"/Board?area={area}&kind=ProjectPartnership&worldregion=Africa&sort=ClosingSoon");

        var ids = page.QuerySelectorAll("[data-post-id]").Select(e => int.Parse(e.GetAttribute("data-post-id")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids.IndexOf(soon) >= 0 && ids.IndexOf(soon) < ids.IndexOf(later), string.Join(",", ids));
        Assert.DoesNotContain(expired, ids);
        Assert.DoesNotContain(otherKind, ids);
        var mine = await (await StaffOfAsync(city.Id)).GetDocumentAsync("/Board?show=Mine");
        Assert.NotNull(mine.QuerySelector($"[data-post-id='{expired}']"));
        var empty = await staff.GetDocumentAsync($"/Board?area={area}&kind=Twinning&worldregion=Oceania");
        Assert.NotNull(empty.QuerySelector("[data-testid=no-posts]"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Board?show=Hidden&sort=Nonsense&kind=99&p=-4")).StatusCode);
    }

    private async Task<HttpClient> StaffOfAsync(int cityId) => await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, cityId));

    private Task<int> InsertPostAsync(int cityId, int? reply = null, bool hidden = false, DateOnly? until = null, int? areaId = null,
        PartnershipKind kind = PartnershipKind.ProjectPartnership) =>
        app.WithDbAsync(async db =>
        {
            var postedAt = DateTime.UtcNow.AddDays(-10);
            var post = new PartnerSearch(cityId, new PartnerSearchDetails(areaId, WorldRegion.Africa, null, kind, "Seeking a partner",
                until ?? _today.AddMonths(2)), "Poster", postedAt);
            if (reply is { } replyingCity)
            {
                post.Reply(replyingCity, "We are interested.", "Answering Person", "answerer@example.org", postedAt.AddDays(1));
            }

            if (hidden)
            {
                post.Hide("Test");
            }

            db.PartnerSearches.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });

    /// <summary>A hand-made post with the user's own antiforgery token (from the language switch), as a tampering user would send it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync("/Board");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }
}
