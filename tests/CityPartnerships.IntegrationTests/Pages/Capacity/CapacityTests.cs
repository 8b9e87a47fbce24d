using System.Net;
using CityPartnerships.Domain.Capacity;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Features.Capacity;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.Capacity;

/// <summary>
/// The capacity self-assessment: staff fill it in, their city reads the scores, next steps and history; no other
/// city and no admin reads a city's answers; the association's median is computed in SQL and hidden below three cities.
/// </summary>
public sealed class CapacityTests(PortalApp app)
{
    [Fact]
    public async Task Staff_fill_in_the_assessment_and_see_the_scores_and_next_steps_linked_to_the_solutions()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(staff);
        var questions = await ActiveQuestionsAsync();
        // Financial all yes, administrative all no, political all partly.
        var fields = questions.ToDictionary(q => $"Answers[{q.Id}]", q => q.Dimension switch
        {
            CapacityDimension.Financial => "Yes",
            CapacityDimension.Administrative => "No",
            _ => "Partly",
        });

        var response = await client.SubmitFormAsync("/Capacity/Take", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Capacity", response.Headers.Location?.PathAndQueryOrOriginal());
        var page = await client.GetDocumentAsync("/Capacity");
        Assert.Contains("The self-assessment is saved.", page.QuerySelector("[role=status], .alert-success")?.TextContent);
        Assert.Equal("100%", Score(page, CapacityDimension.Financial));
        Assert.Equal("0%", Score(page, CapacityDimension.Administrative));
        Assert.Equal("50%", Score(page, CapacityDimension.Political));
        Assert.Equal("Getting started", page.QuerySelector("[data-testid=dimension-Administrative] [data-testid=level]")?.TextContent.Trim());
        var steps = page.QuerySelectorAll("[data-testid=next-steps] li");
        Assert.Equal(CapacityScoring.MaxNextSteps, steps.Length);
        // The weakest dimension comes first, and its recommendations link to the solution they come from.
        var first = questions.Where(q => q.Dimension == CapacityDimension.Administrative).OrderByDescending(q => q.Weight).ThenBy(q => q.Position).First();
        Assert.Contains(first.Recommendation, steps[0].TextContent);
        Assert.Equal($"/Solutions/Details/{first.SolutionSlug}", steps[0].QuerySelector("a")?.GetAttribute("href"));
        var stored = await app.WithDbAsync(db => db.CapacityAssessments.Include(a => a.Answers).SingleAsync(a => a.CityId == staff.CityId));
        Assert.Equal((100, 0, 50), (stored.FinancialScore, stored.AdministrativeScore, stored.PoliticalScore));
        Assert.Equal(questions.Count, stored.Answers.Count);
        Assert.Equal(staff.DisplayName, stored.TakenBy);
    }

    [Fact]
    public async Task A_question_left_out_is_named_and_the_other_answers_stay_chosen()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        var client = await app.SignedInClientAsync(staff, "de");
        var questions = await ActiveQuestionsAsync();
        var skipped = questions[^1];
        var fields = questions.Where(q => q.Id != skipped.Id).ToDictionary(q => $"Answers[{q.Id}]", _ => "Partly");

        var response = await client.SubmitFormAsync("/Capacity/Take", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains($"Beantworten Sie: {skipped.GermanText}", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(questions.Count - 1, page.QuerySelectorAll("input[type=radio][value=Partly][checked]").Length);
        Assert.False(await app.WithDbAsync(db => db.CapacityAssessments.AnyAsync(a => a.CityId == staff.CityId)));
    }

    [Fact]
    public async Task A_tampered_answer_is_refused_with_a_message_not_an_error_page()
    {
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));
        var questions = await ActiveQuestionsAsync();
        var fields = questions.ToDictionary(q => $"Answers[{q.Id}]", _ => "Yes");
        fields[$"Answers[{questions[0].Id}]"] = "Maybe";

        var response = await client.SubmitFormAsync("/Capacity/Take", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ToDocumentAsync()).QuerySelector("[data-testid=form-errors]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Past_assessments_are_kept_and_the_next_one_starts_from_the_last_answers()
    {
        var staff = await app.CreateUserAsync(Roles.InternationalAffairsStaff);
        await InsertAssessmentAsync(staff.CityId!.Value, CapacityAnswerValue.No, DateTime.UtcNow.AddYears(-1));
        await InsertAssessmentAsync(staff.CityId!.Value, CapacityAnswerValue.Partly, DateTime.UtcNow.AddMonths(-1));
        var client = await app.SignedInClientAsync(staff);

        var page = await client.GetDocumentAsync("/Capacity");
        var form = await client.GetDocumentAsync("/Capacity/Take");

        var rows = page.QuerySelectorAll("[data-testid=capacity-history] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["0%", "0%", "0%"], rows[0].QuerySelectorAll("td.text-end").Select(c => c.TextContent.Trim()));
        Assert.Equal(["50%", "50%", "50%"], rows[1].QuerySelectorAll("td.text-end").Select(c => c.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("canvas[data-chart-for=capacity-history-table]"));
        Assert.NotNull(form.QuerySelector("[data-testid=filled-from-last]"));
        Assert.Equal((await ActiveQuestionsAsync()).Count, form.QuerySelectorAll("input[type=radio][value=Partly][checked]").Length);
    }

    [Fact]
    public async Task The_mayors_office_reads_its_citys_result_but_cannot_fill_it_in()
    {
        var city = await app.InsertCityAsync();
        await InsertAssessmentAsync(city.Id, CapacityAnswerValue.Yes, DateTime.UtcNow.AddDays(-3));
        var mayor = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, city.Id), "de");

        var page = await mayor.GetDocumentAsync("/Capacity");
        var take = await mayor.GetAsync("/Capacity/Take");
        var post = await mayor.PostAsync("/Capacity/Take", new FormUrlEncodedContent([]));

        Assert.Equal("100 %", Score(page, CapacityDimension.Political));
        Assert.Equal("Handlungsfähig", page.QuerySelector("[data-testid=dimension-Political] [data-testid=level]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-testid=take-assessment]"));
        Assert.StartsWith("/Account/AccessDenied", take.Headers.Location?.PathAndQueryOrOriginal());
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.CapacityAssessments.CountAsync(a => a.CityId == city.Id)));
    }

    [Theory]
    [InlineData(Roles.InternationalAffairsStaff)]
    [InlineData(Roles.MayorsOffice)]
    public async Task Another_citys_assessment_is_not_found_by_its_id(string role)
    {
        var other = await app.InsertCityAsync();
        var assessmentId = await InsertAssessmentAsync(other.Id, CapacityAnswerValue.Yes, DateTime.UtcNow);
        var client = await app.SignedInClientAsync(await app.CreateUserAsync(role));

        var response = await client.GetAsync($"/Capacity/Details/{assessmentId}");
        var own = await client.GetDocumentAsync("/Capacity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(own.QuerySelector("[data-testid=capacity-empty]"));
    }

    [Fact]
    public async Task Admins_see_only_the_association_median_never_a_citys_answers()
    {
        var city = await app.InsertCityAsync();
        var assessmentId = await InsertAssessmentAsync(city.Id, CapacityAnswerValue.Yes, DateTime.UtcNow);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));

        var details = await admin.GetAsync($"/Capacity/Details/{assessmentId}");
        var index = await admin.GetAsync("/Capacity");
        var overview = await admin.GetDocumentAsync("/Admin/Capacity");

        Assert.StartsWith("/Account/AccessDenied", details.Headers.Location?.PathAndQueryOrOriginal());
        Assert.StartsWith("/Account/AccessDenied", index.Headers.Location?.PathAndQueryOrOriginal());
        Assert.NotNull(overview.QuerySelector("[data-testid=association-median]"));
        Assert.DoesNotContain(city.Name, overview.Body!.TextContent);
        // The page says why: a candid self-assessment needs a city not to be ranked on it.
        Assert.StartsWith("Why no city's answers appear here", overview.QuerySelector("[data-testid=capacity-privacy]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Staff_and_mayors_cannot_open_the_question_editor()
    {
        var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff));

        var response = await staff.GetAsync("/Admin/Capacity/Edit");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task Admins_add_a_question_in_both_languages_and_staff_are_asked_it()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var text = Unique.Name("Statement");

        var response = await admin.SubmitFormAsync("/Admin/Capacity/Edit", new()
        {
            ["Input.Dimension"] = "Political",
            ["Input.Position"] = "900",
            ["Input.Weight"] = "2",
            ["Input.Text"] = $"{text} en",
            ["Input.GermanText"] = $"{text} de",
            ["Input.Recommendation"] = "Talk to the council.",
            ["Input.GermanRecommendation"] = "Sprechen Sie mit dem Rat.",
            ["Input.SolutionSlug"] = "political-mandate",
        });

        try
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.InternationalAffairsStaff), "de");
            var form = await staff.GetDocumentAsync("/Capacity/Take");
            Assert.Contains($"{text} de", form.QuerySelector("[data-testid=capacity-form]")?.TextContent);
        }
        finally
        {
            // Other tests answer every active question: retire this one again.
            await app.WithDbAsync(async db =>
            {
                var question = await db.CapacityQuestions.SingleAsync(q => q.Text == $"{text} en");
                question.Retire(true);
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_question_without_its_german_text_is_refused_and_what_was_typed_stays()
    {
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.AssociationAdmin));
        var text = Unique.Name("Statement");

        var response = await admin.SubmitFormAsync("/Admin/Capacity/Edit", new()
        {
            ["Input.Dimension"] = "Financial",
            ["Input.Position"] = "5",
            ["Input.Weight"] = "1",
            ["Input.Text"] = text,
            ["Input.GermanText"] = "",
            ["Input.Recommendation"] = "Do it.",
            ["Input.GermanRecommendation"] = "Machen Sie es.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Contains("Enter the statement in German.", page.QuerySelector("[data-testid=form-errors]")?.TextContent);
        Assert.Equal(text, page.QuerySelector("textarea[name='Input.Text']")?.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.CapacityQuestions.AnyAsync(q => q.Text == text)));
    }

    /// <summary>The median runs on a database of its own, where this test decides which cities answered.</summary>
    [Fact]
    public async Task The_median_of_the_latest_assessments_of_member_cities_is_hidden_below_three_cities()
    {
        var connectionString = await TestDatabase.CreateAsync(app.Server, "capacity");
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        var question = new CapacityQuestion(CapacityDimension.Financial, 1, 1, "Budget", "Haushalt", "Plan", "Planen", null);
        db.CapacityQuestions.Add(question);
        var cities = Enumerable.Range(0, 4).Select(i => new CityPartnerships.Domain.Cities.City($"Median city {i}", "DE", null, null, null, null, true)).ToList();
        var outsider = new CityPartnerships.Domain.Cities.City("Not a member", "DE", null, null, null, null, false);
        db.Cities.AddRange([.. cities, outsider]);
        await db.SaveChangesAsync();
        var medians = new CapacityAssessments(db);

        void Add(CityPartnerships.Domain.Cities.City city, CapacityAnswerValue value, int daysAgo) =>
            db.CapacityAssessments.Add(CapacityAssessment.Take(city.Id, [question], new Dictionary<int, CapacityAnswerValue> { [question.Id] = value },
                DateTime.UtcNow.AddDays(-daysAgo), "Test"));

        Add(cities[0], CapacityAnswerValue.Yes, 1);
        Add(cities[1], CapacityAnswerValue.No, 1);
        Add(outsider, CapacityAnswerValue.Yes, 1);
        await db.SaveChangesAsync();
        var twoCities = await medians.MedianAsync(CancellationToken.None);

        // The third city answered twice: only its latest answer (partly, 50 %) counts, not the older yes.
        Add(cities[2], CapacityAnswerValue.Yes, 30);
        Add(cities[2], CapacityAnswerValue.Partly, 2);
        await db.SaveChangesAsync();
        var threeCities = await medians.MedianAsync(CancellationToken.None);

        Add(cities[3], CapacityAnswerValue.Yes, 1);
        await db.SaveChangesAsync();
        var fourCities = await medians.MedianAsync(CancellationToken.None);

        Assert.Equal(new CapacityMedianView(2, null), twoCities);
        Assert.Equal(new CapacityMedianView(3, new CapacityScores(50, null, null)), threeCities);
        Assert.Equal(new CapacityMedianView(4, new CapacityScores(75, null, null)), fourCities);
    }

    [Fact]
    public async Task The_median_is_shown_next_to_the_citys_own_score_once_three_cities_answered()
    {
        var own = await app.InsertCityAsync();
        await InsertAssessmentAsync(own.Id, CapacityAnswerValue.Yes, DateTime.UtcNow);
        for (var i = 0; i < 2; i++)
        {
            await InsertAssessmentAsync((await app.InsertCityAsync()).Id, CapacityAnswerValue.Partly, DateTime.UtcNow);
        }

        var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.MayorsOffice, own.Id));
        var page = await client.GetDocumentAsync("/Capacity");

        var expected = await app.WithDbAsync(db => new CapacityAssessments(db).MedianAsync(CancellationToken.None));
        Assert.True(expected.CitiesAnswered >= 3);
        Assert.Contains($"Association median: {expected.Scores!.Financial}%", page.QuerySelector("[data-testid=dimension-Financial] [data-testid=median]")?.TextContent);
    }

    private static string? Score(AngleSharp.Dom.IDocument page, CapacityDimension dimension) =>
        page.QuerySelector($"[data-testid=dimension-{dimension}] [data-testid=score]")?.TextContent.Trim();

    private Task<List<CapacityQuestion>> ActiveQuestionsAsync() =>
        app.WithDbAsync(db => db.CapacityQuestions.AsNoTracking().Where(q => !q.IsRetired).OrderBy(q => q.Dimension).ThenBy(q => q.Position).ToListAsync());

    private Task<int> InsertAssessmentAsync(int cityId, CapacityAnswerValue everyAnswer, DateTime takenAt) =>
        app.WithDbAsync(async db =>
        {
            var questions = await db.CapacityQuestions.Where(q => !q.IsRetired).ToListAsync();
            var assessment = CapacityAssessment.Take(cityId, questions, questions.ToDictionary(q => q.Id, _ => everyAnswer), takenAt, "Test person");
            db.CapacityAssessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment.Id;
        });
}
