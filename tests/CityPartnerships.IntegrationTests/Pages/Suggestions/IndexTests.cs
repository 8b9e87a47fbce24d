using System.Globalization;
using System.Net;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Domain.Suggestions;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Tests.Pages.Climate;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Features.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CityPartnerships.Tests.Pages.Suggestions;

public sealed class IndexTests(PortalApp app)
{
    private const string Economy = "Economic prosperity";
    private const string Migration = "Migration and displacement";

    [Fact]
    public async Task A_partners_partner_is_suggested_with_every_reason_it_has_and_current_partners_are_left_out()
    {
        var (city, partner) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var candidate = await app.InsertCityAsync(Unique.Name("Candidate"), member: false, country: "PL");
        await app.InsertPartnershipAsync(city.Id, partner.Id, areas: Economy);
        await app.InsertPartnershipAsync(candidate.Id, partner.Id, areas: Economy);
        await JoinIcleiAsync(city.Id, candidate.Id);
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));

        var page = await staff.GetDocumentAsync("/Suggestions?reason=PartnersPartner");

        var row = page.QuerySelector($"[data-testid=suggestions] tr[data-city-id='{candidate.Id}']")!;
        Assert.Equal("8", row.QuerySelector("[data-testid=points]")?.TextContent);
        Assert.Equal(["SharedActionAreas", "SimilarSize", "SharedNetworks", "PartnersPartner"],
            row.QuerySelectorAll("li[data-reason]").Select(li => li.GetAttribute("data-reason")));
        Assert.Contains($"Shared action areas: {Economy}", row.TextContent);
        Assert.Contains("Shared networks: ICLEI", row.TextContent);
        Assert.Contains($"Partner of our partners: {partner.Name}", row.TextContent);
        Assert.Null(page.QuerySelector($"tr[data-city-id='{partner.Id}']"));
        Assert.Null(page.QuerySelector($"tr[data-city-id='{city.Id}']"));
    }

    [Fact]
    public async Task Practices_where_we_have_none_and_a_climate_twin_are_reasons_and_an_internal_partnership_of_others_is_not()
    {
        var (city, partner) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var expert = await app.InsertCityAsync(Unique.Name("Expert"));
        var twin = await app.InsertCityAsync(Unique.Name("Twin"), member: false, country: "FR");
        var hidden = await app.InsertCityAsync(Unique.Name("Hidden"));
        await app.InsertPartnershipAsync(city.Id, partner.Id, areas: Economy);
        await app.InsertPartnershipAsync(hidden.Id, partner.Id, isInternal: true, areas: Economy);
        await app.InsertPracticeAsync(expert.Id, areaName: Migration);
        var future = new ClimateIndicators(14.321, 29.654, 2.987, 612.3, 71.2);
        await app.InsertClimateAsync(city.Id, ClimatePeriod.Today, new ClimateIndicators(11.123, 24.456, -0.789, 712.7, 80.7));
        await app.InsertClimateAsync(city.Id, _climateTwinsDefault, future);
        await app.InsertClimateAsync(twin.Id, ClimatePeriod.Today, future);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);

        var suggestions = await SuggestionsAsync(staff);

        var byCity = suggestions.ToDictionary(s => s.City.Id);
        Assert.Equal([(SuggestionReasonKind.ComplementaryExpertise, 3, Migration), (SuggestionReasonKind.SimilarSize, 2, "")],
            byCity[expert.Id].Reasons.Select(r => (r.Kind, r.Points, string.Join(",", r.Names))));
        Assert.Equal([SuggestionReasonKind.SimilarSize, SuggestionReasonKind.ClimateTwin], byCity[twin.Id].Reasons.Select(r => r.Kind));
        Assert.False(byCity.ContainsKey(hidden.Id));
        var twinRow = (await (await app.SignedInClientAsync(staff)).GetDocumentAsync("/Suggestions?reason=ClimateTwin"))
            .QuerySelector($"tr[data-city-id='{twin.Id}']");
        Assert.Contains("Climate twin", twinRow?.TextContent);
    }

    [Fact]
    public async Task Staff_dismiss_a_suggestion_see_who_dismissed_it_and_undo_it()
    {
        var (city, candidate) = await CityWithCandidateAsync();
        var user = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var staff = await app.SignedInClientAsync(user);

        var dismissed = await staff.SubmitFormAsync("/Suggestions?reason=PartnersPartner", new(),
            $"tr[data-city-id='{candidate.Id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var list = await staff.GetDocumentAsync(dismissed.Headers.Location!.OriginalString);
        Assert.Contains($"{candidate.Name} is no longer suggested", list.QuerySelector(".alert-success")?.TextContent);
        Assert.Null(list.QuerySelector($"tr[data-city-id='{candidate.Id}']"));
        var dismissedPage = await staff.GetDocumentAsync("/Suggestions/Dismissed");
        var row = dismissedPage.QuerySelector($"[data-testid=dismissed] tr[data-city-id='{candidate.Id}']");
        Assert.True(row is not null, dismissedPage.QuerySelector("main")?.TextContent);
        Assert.Contains(user.DisplayName, row.TextContent);

        var restored = await staff.SubmitFormAsync("/Suggestions/Dismissed", new(), $"tr[data-city-id='{candidate.Id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.NotNull((await staff.GetDocumentAsync("/Suggestions?reason=PartnersPartner")).QuerySelector($"tr[data-city-id='{candidate.Id}']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.DismissedSuggestions.CountAsync(d => d.CityId == city.Id)));
    }

    [Fact]
    public async Task Another_citys_staff_cannot_dismiss_for_us_by_editing_the_form()
    {
        var (city, candidate) = await CityWithCandidateAsync();
        var other = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var otherStaff = await app.SignedInClientAsync(other);

        // The form carries only the candidate: the city comes from the sign-in, so their dismissal is theirs alone.
        var response = await PostDismissAsync(otherStaff, candidate.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.DismissedSuggestions.CountAsync(d => d.CityId == city.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.DismissedSuggestions.CountAsync(d => d.CityId == other.CityId && d.CandidateCityId == candidate.Id)));
        var ourStaff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id));
        Assert.NotNull((await ourStaff.GetDocumentAsync("/Suggestions?reason=PartnersPartner")).QuerySelector($"tr[data-city-id='{candidate.Id}']"));
    }

    [Fact]
    public async Task The_mayors_office_reads_the_suggestions_but_cannot_dismiss_and_the_public_is_sent_to_sign_in()
    {
        var (city, candidate) = await CityWithCandidateAsync();
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, city.Id));

        var page = await mayor.GetDocumentAsync("/Suggestions?reason=PartnersPartner");
        var post = await PostDismissAsync(mayor, candidate.Id);

        Assert.NotNull(page.QuerySelector($"tr[data-city-id='{candidate.Id}']"));
        Assert.Null(page.QuerySelector("[data-testid=dismiss]"));
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location?.PathAndQueryOrOriginal());
        Assert.Equal(0, await app.WithDbAsync(db => db.DismissedSuggestions.CountAsync(d => d.CityId == city.Id)));
        var anonymous = await app.CreateClient().GetAsync("/Suggestions");
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task A_candidate_is_named_in_each_readers_language_whoever_read_the_suggestions_first()
    {
        var (city, partner) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var candidate = await app.WithDbAsync(async db =>
        {
            var warsaw = new Domain.Cities.City($"Warsaw {suffix}", "PL", "Masovia", 52.23, 21.01, 1_800_000);
            warsaw.NameInGerman($"Warschau {suffix}");
            db.Cities.Add(warsaw);
            await db.SaveChangesAsync();
            return warsaw;
        });
        await app.InsertPartnershipAsync(city.Id, partner.Id, areas: Economy);
        await app.InsertPartnershipAsync(candidate.Id, partner.Id, areas: Economy);
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);

        var german = await SuggestionsAsync(staff, "de");
        var english = await SuggestionsAsync(staff, "en");

        Assert.Equal($"Warschau {suffix}", german.Single(s => s.City.Id == candidate.Id).City.Name);
        Assert.Equal($"Warsaw {suffix}", english.Single(s => s.City.Id == candidate.Id).City.Name);
    }

    [Fact]
    public async Task A_partnership_logged_after_the_suggestions_were_read_shows_in_them_at_once()
    {
        var (city, candidate) = await CityWithCandidateAsync();
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff, city.Id);
        var newcomer = await app.InsertCityAsync(Unique.Name("Newcomer"));
        var before = await SuggestionsAsync(staff);
        var partner = await app.WithDbAsync(db => db.Partnerships.Where(p => p.CityId == candidate.Id).Select(p => p.PartnerCityId).FirstAsync());

        await app.InsertPartnershipAsync(newcomer.Id, partner);
        var after = await SuggestionsAsync(staff);

        Assert.Contains(before, s => s.City.Id == candidate.Id);
        Assert.DoesNotContain(before, s => s.City.Id == newcomer.Id);
        Assert.Contains(after, s => s.City.Id == newcomer.Id);
    }

    /// <summary>A dismissal as a hand-made request: the user's own antiforgery token (from the language switch) and a candidate.</summary>
    private static async Task<HttpResponseMessage> PostDismissAsync(HttpClient client, int candidateId)
    {
        var page = await client.GetDocumentAsync("/Suggestions");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/Suggestions?handler=Dismiss", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("candidateId", candidateId.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    private static readonly ClimatePeriod _climateTwinsDefault = Web.Features.Climate.ClimateTwins.DefaultProjection;

    private async Task<(Domain.Cities.City City, Domain.Cities.City Candidate)> CityWithCandidateAsync()
    {
        var (city, partner) = (await app.InsertCityAsync(), await app.InsertCityAsync());
        var candidate = await app.InsertCityAsync(Unique.Name("Candidate"));
        await app.InsertPartnershipAsync(city.Id, partner.Id);
        await app.InsertPartnershipAsync(candidate.Id, partner.Id);
        return (city, candidate);
    }

    private Task<int> JoinIcleiAsync(params int[] cityIds) => app.WithDbAsync(async db =>
    {
        var network = await db.Networks.FirstAsync(n => n.Acronym == "ICLEI" || n.Name == "ICLEI");
        foreach (var c in await db.Cities.Include(c => c.Networks).Where(c => cityIds.Contains(c.Id)).ToListAsync())
        {
            c.SetNetworks([network]);
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>The suggestions as the page reads them for a reader of <paramref name="language"/>.</summary>
    private async Task<IReadOnlyList<PartnerSuggestionView>> SuggestionsAsync(TestUser user, string language = "en")
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var viewer = new Viewer(user.CityId, IsAdmin: false, IsStaff: true);
            return (await scope.ServiceProvider.GetRequiredService<PartnerSuggestions>().ForCityAsync(viewer, user.CityId!.Value, language, CancellationToken.None))!;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
