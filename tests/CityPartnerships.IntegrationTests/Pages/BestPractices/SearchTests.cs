using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;

namespace CityPartnerships.Tests.Pages.BestPractices;

/// <summary>The public library's full-text search: stemming by the language of each version, ranking, snippets and filters.</summary>
public sealed class SearchTests(PortalApp app)
{
    private async Task<IReadOnlyList<string>> TitlesAsync(string query)
    {
        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?{query}");
        return [.. page.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim())];
    }

    [Fact]
    public async Task A_german_plural_finds_the_singular_in_a_german_practice()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Kxq");
        var title = $"{marker} Partnerschaft mit Lyon";
        await app.InsertPracticeAsync(city.Id, language: ContentLanguage.German,
            text: PracticeData.Text(title, "Eine lebendige Partnerschaft zwischen zwei Schulen."));

        var found = await TitlesAsync($"q={marker}+Partnerschaften");

        Assert.Contains(title, found);
    }

    [Fact]
    public async Task An_english_verb_form_finds_the_noun_in_an_english_practice()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Qzv");
        var title = $"{marker} Heat adaptation with a climate twin";
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(title, "Shared heat plans."));

        Assert.Contains(title, await TitlesAsync($"q={marker}+adapting"));
        Assert.Empty(await TitlesAsync($"q={marker}+adopting"));
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_a_match_in_the_body()
    {
        var city = await app.InsertCityAsync();
        var word = Unique.Name("Wombat").ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        var inBody = $"Body {Unique.Name("B")}";
        var inTitle = $"Title {word}";
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(inBody, approach: $"We once mentioned {word} in passing."));
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(inTitle));

        var found = await TitlesAsync($"q={word}");

        Assert.Equal([inTitle, inBody], found);
    }

    [Fact]
    public async Task Snippets_highlight_the_match_and_encode_what_users_wrote()
    {
        var city = await app.InsertCityAsync();
        var word = Unique.Name("Okapi").ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Snippet {word}", $"<script>alert('x')</script> The {word} programme <b>works</b>."));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}");

        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.DoesNotContain("<script", snippet.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("programme", snippet.TextContent);
    }

    [Fact]
    public async Task Filters_by_action_area_sdg_country_and_city_size_narrow_the_list()
    {
        var marker = Unique.Name("Filterfish").Replace("-", string.Empty, StringComparison.Ordinal);
        var german = await app.InsertCityAsync();
        var french = await app.InsertCityAsync(country: "FR");
        await app.InsertPracticeAsync(german.Id, text: PracticeData.Text($"{marker} German"), sdgs: [13], areaName: "Knowledge exchange");
        await app.InsertPracticeAsync(french.Id, text: PracticeData.Text($"{marker} French"), sdgs: [4], areaName: "Economic prosperity");
        var areaId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.ActionAreas, a => a.Name == "Economic prosperity"), a => a.Id)));

        Assert.Equal(2, (await TitlesAsync($"q={marker}")).Count);
        Assert.Equal([$"{marker} French"], await TitlesAsync($"q={marker}&area={areaId}"));
        Assert.Equal([$"{marker} German"], await TitlesAsync($"q={marker}&sdg=13"));
        Assert.Equal([$"{marker} French"], await TitlesAsync($"q={marker}&country=FR"));
        // Test cities have 500,000 inhabitants.
        Assert.Equal(2, (await TitlesAsync($"q={marker}&size=VeryLarge")).Count);
        Assert.Empty(await TitlesAsync($"q={marker}&size=Small"));
    }

    [Fact]
    public async Task The_library_shows_the_readers_language_and_says_when_only_the_other_exists()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Lang").Replace("-", string.Empty, StringComparison.Ordinal);
        var both = await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} English title"));
        await app.WithDbAsync(async db =>
        {
            var practice = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(
                    Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.BestPractices, p => p.Texts), p => p.ActionAreas), p => p.Id == both.Id);
            practice.ReturnToDraft();
            practice.SetText(ContentLanguage.German, PracticeData.Text($"{marker} Deutscher Titel"));
            practice.Submit(DateTime.UtcNow);
            practice.Publish(new ReviewCriteria(true, true, true, true), null, "Test", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} Only English"));

        var page = await app.CreateClient("de").GetDocumentAsync($"/BestPractices?q={marker}&sort=Title");

        var titles = page.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains($"{marker} Deutscher Titel", titles);
        Assert.Contains($"{marker} Only English", titles);
        Assert.Single(page.QuerySelectorAll("[data-testid=other-language-badge]"));
    }

    [Fact]
    public async Task Nonsense_in_the_address_gives_the_library_not_an_error()
    {
        var response = await app.CreateClient().GetAsync("/BestPractices?q=%22%27%29%28%21%3A*%26%7C&sdg=99&size=Huge&sort=Nope&p=-3&area=x&country=ZZZ");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
