using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Tests.Pages.BestPractices;

/// <summary>The public library's full-text search: stemming by the language of each version, ranking, snippets and filters.</summary>
public sealed class SearchTests(PortalApp app)
{
    private const int BestPracticeSearchPageSize = CityPartnerships.Web.Features.BestPractices.BestPracticeSearch.PageSize;

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
    public async Task A_german_word_finds_the_compounds_that_begin_with_it_and_marks_them()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Kxh");
        var title = $"{marker} Hitzeaktionsplan für Schulen";
        await app.InsertPracticeAsync(city.Id, language: ContentLanguage.German,
            text: PracticeData.Text(title, "Der Hitzeschutz beginnt in den Klassenzimmern."));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}+Hitze");

        Assert.Equal([title], page.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Hitzeschutz"], page.QuerySelectorAll("[data-testid=snippet] mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task A_word_of_three_letters_does_not_find_longer_words_that_begin_with_it()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Kxr");
        var title = $"{marker} Bürgerbeteiligung im Rathaus";
        await app.InsertPracticeAsync(city.Id, language: ContentLanguage.German, text: PracticeData.Text(title, "Sprechstunden im Rathaus."));

        Assert.Empty(await TitlesAsync($"q={marker}+Rat"));
        Assert.Equal([title], await TitlesAsync($"q={marker}+Rathaus"));
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
        var word = SearchWord("Wombat");
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
        var word = SearchWord("Okapi");
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Snippet {word}", $"<script>alert('x')</script> The {word} programme <b>works</b>."));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}");

        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.DoesNotContain("<script", snippet.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("programme", snippet.TextContent);
    }

    [Fact]
    public async Task Snippets_show_markdown_as_plain_text_and_keep_the_highlight()
    {
        var city = await app.InsertCityAsync();
        var word = SearchWord("Quokka");
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Markdown {word}",
            $"## Our approach\n\n**Bold** start: the {word} scheme with [the partner](https://example.org/partner) and *emphasis*.\n\n- first point\n- second point"));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}");

        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        foreach (var mark in new[] { "**", "##", "](", "https://example.org", "- first" })
        {
            Assert.DoesNotContain(mark, snippet.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("Bold start", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("the partner", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revised_practice_is_found_and_shown_by_its_new_words_not_its_old_ones()
    {
        var city = await app.InsertCityAsync();
        var before = SearchWord("Ocelot");
        var after = SearchWord("Narwhal");
        var title = $"Revised {Unique.Name("Practice")}";
        var practice = await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(title, approach: $"The first plan was the {before} scheme."));

        // The city revises its approach; the association publishes the new version.
        await app.AddPublishedVersionAsync(practice.Id, ContentLanguage.English,
            PracticeData.Text(title, approach: $"The city switched to the **{after}** scheme."));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={after}");
        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(after, snippet.QuerySelector("mark")!.TextContent);
        Assert.DoesNotContain(before, snippet.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("**", snippet.TextContent, StringComparison.Ordinal);
        Assert.Empty(await TitlesAsync($"q={before}"));
    }

    [Fact]
    public async Task A_version_saved_before_the_plain_text_existed_shows_a_plain_snippet_and_gets_its_plain_text_at_the_next_start()
    {
        var city = await app.InsertCityAsync();
        var word = SearchWord("Pangolin");
        var practice = await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Older {word}",
            $"**Bold** start of the {word} scheme with [the partner](https://example.org/partner)."));
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "BestPracticeTexts" SET "PlainText" = NULL WHERE "BestPracticeId" = {practice.Id}"""));
        var scope = practice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Task<int> HistoryAsync() => app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ScopeType == Web.Data.Auditing.AuditedTypes.BestPractice && a.ScopeId == scope));
        var historyBefore = await HistoryAsync();

        // Until the next start the library makes the plain text when it shows the practice.
        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}");
        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("Bold start", snippet.TextContent, StringComparison.Ordinal);

        // A start writes it, and adds nothing to the practice's history.
        await using (var restarted = new PortalFactory(app.ConnectionString))
        {
            _ = restarted.Server;
        }

        var stored = await app.WithDbAsync(db => db.Database.SqlQuery<string?>(
            $"""SELECT "PlainText" AS "Value" FROM "BestPracticeTexts" WHERE "BestPracticeId" = {practice.Id}""").SingleAsync());
        Assert.StartsWith($"Bold start of the {word} scheme with the partner.", stored, StringComparison.Ordinal);
        Assert.Equal(historyBefore, await HistoryAsync());
    }

    [Fact]
    public async Task A_long_practice_shows_the_passage_where_the_word_is_far_into_the_text()
    {
        var city = await app.InsertCityAsync();
        var word = SearchWord("Axolotl");
        var filler = Filler(40);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Long {word}", filler, $"{filler} In the end the {word} pilot reached every district. {filler}"));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}");

        var snippet = page.QuerySelector("[data-testid=snippet]")!;
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);
        Assert.Contains("pilot reached every district", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snippet_from_inside_the_text_begins_and_ends_with_an_ellipsis_and_one_from_the_start_does_not()
    {
        var city = await app.InsertCityAsync();
        var word = SearchWord("Okapi");
        var filler = Filler(20);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Inside {word}", filler, $"{filler} Then the {word} pilot began. {filler}"));
        var other = SearchWord("Ibex");
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"Start {other}", $"{other} pilots began in two districts."));

        var inside = (await app.CreateClient().GetDocumentAsync($"/BestPractices?q={word}")).QuerySelector("[data-testid=snippet]")!.TextContent.Trim();
        var atStart = (await app.CreateClient().GetDocumentAsync($"/BestPractices?q={other}")).QuerySelector("[data-testid=snippet]")!.TextContent.Trim();

        Assert.StartsWith("… ", inside, StringComparison.Ordinal);
        Assert.EndsWith(" …", inside, StringComparison.Ordinal);
        Assert.Contains($"{word} pilot began", inside, StringComparison.Ordinal);
        Assert.StartsWith($"{other} pilots began", atStart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_match_the_passages_miss_is_still_highlighted()
    {
        // "running" is stemmed to "run" and matches "runs"; the passages are looked for by the beginning "runn", which finds "runner" instead.
        var city = await app.InsertCityAsync();
        var marker = SearchWord("Tapir");
        var title = $"Shuttle {marker}";
        var filler = Filler(30);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(title,
            $"A marathon runner opened the week. {filler}", $"{filler} The night bus runs every hour. {filler}"));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}+or+running");

        var result = page.QuerySelectorAll("[data-testid=practice-results] li").Single(li => li.QuerySelector("h2")!.TextContent.Trim() == title);
        Assert.Contains("runs", result.QuerySelectorAll("[data-testid=snippet] mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Without_words_the_list_shows_the_summary_as_plain_text()
    {
        var city = await app.InsertCityAsync();
        var title = $"Plain {Unique.Name("Summary")}";
        var practice = await app.InsertPracticeAsync(city.Id, text: PracticeData.Text(title, "**Strong** words and a [link](https://example.org)."));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?city={practice.CityId}");

        Assert.Equal("Strong words and a link.", page.QuerySelector("[data-testid=snippet]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_sorts_by_title_city_and_newest()
    {
        var marker = Unique.Name("Sortfish").Replace("-", string.Empty, StringComparison.Ordinal);
        var firstCity = await app.InsertCityAsync($"Aaa {marker} city");
        var lastCity = await app.InsertCityAsync($"Zzz {marker} city");
        await app.InsertPracticeAsync(firstCity.Id, text: PracticeData.Text($"{marker} Beta"));
        await app.InsertPracticeAsync(lastCity.Id, text: PracticeData.Text($"{marker} Alpha"));
        await app.InsertPracticeAsync(firstCity.Id, text: PracticeData.Text($"{marker} Gamma"));

        Assert.Equal([$"{marker} Alpha", $"{marker} Beta", $"{marker} Gamma"], await TitlesAsync($"q={marker}&sort=Title"));
        Assert.Equal([$"{marker} Gamma", $"{marker} Beta", $"{marker} Alpha"], await TitlesAsync($"q={marker}&sort=City"));
        Assert.Equal([$"{marker} Gamma", $"{marker} Alpha", $"{marker} Beta"], await TitlesAsync($"q={marker}&sort=Newest"));
    }

    [Fact]
    public async Task Titles_with_umlauts_sort_beside_their_letter()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Umlautfish").Replace("-", string.Empty, StringComparison.Ordinal);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} Zukunftswerkstatt"));
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} Überflutungsschutz"));

        Assert.Equal([$"{marker} Überflutungsschutz", $"{marker} Zukunftswerkstatt"], await TitlesAsync($"q={marker}&sort=Title"));
    }

    [Fact]
    public async Task A_long_result_is_paged_and_the_count_is_shown_once()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Pagefish").Replace("-", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < BestPracticeSearchPageSize + 3; i++)
        {
            await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} {i:D2}"));
        }

        var first = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}&sort=Title");
        var second = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}&sort=Title&p=2");

        Assert.Equal(BestPracticeSearchPageSize, first.QuerySelectorAll("[data-testid=practice-results] h2").Length);
        Assert.Equal([$"{marker} 20", $"{marker} 21", $"{marker} 22"],
            second.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("23 best practices found", first.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.Equal("Page 2 of 2", second.QuerySelector("[data-testid=pager-summary]")!.TextContent.Trim());
        Assert.DoesNotContain("23", first.QuerySelector("[data-testid=pager-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_without_any_word_finds_nothing_and_says_so()
    {
        var page = await app.CreateClient().GetDocumentAsync("/BestPractices?q=%21%21%21+...+%22%22");

        Assert.Equal("0 best practices found", page.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("[data-testid=practice-results] h2"));
    }

    [Fact]
    public async Task A_short_result_states_its_count_once()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Onefish").Replace("-", string.Empty, StringComparison.Ordinal);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} only"));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}");

        Assert.Equal("1 best practice found", page.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
        Assert.DoesNotContain("1 entry", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=pager-summary]"));
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
        await app.AddPublishedVersionAsync(both.Id, ContentLanguage.German, PracticeData.Text($"{marker} Deutscher Titel"));
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} Only English"));

        var page = await app.CreateClient("de").GetDocumentAsync($"/BestPractices?q={marker}&sort=Title");

        var titles = page.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains($"{marker} Deutscher Titel", titles);
        Assert.Contains($"{marker} Only English", titles);
        Assert.Single(page.QuerySelectorAll("[data-testid=other-language-badge]"));
    }

    [Fact]
    public async Task A_practice_found_by_its_other_version_says_so()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Twin").Replace("-", string.Empty, StringComparison.Ordinal);
        var practice = await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} Shade for school routes"));
        await app.AddPublishedVersionAsync(practice.Id, ContentLanguage.German,
            PracticeData.Text($"{marker} Schatten für Schulwege", "Eine Hitzewarnkette für Pflegeheime."));

        var english = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={marker}+Hitze");
        var german = await app.CreateClient("de").GetDocumentAsync($"/BestPractices?q={marker}+Hitze");

        Assert.Equal("search words found only in the German version", english.QuerySelector("[data-testid=matched-in-badge]")!.TextContent.Trim());
        Assert.Null(german.QuerySelector("[data-testid=matched-in-badge]"));
        Assert.Equal(["Hitzewarnkette"], german.QuerySelectorAll("[data-testid=snippet] mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task A_search_with_quotes_and_backslashes_finds_the_practice_and_a_page_past_the_end_shows_the_last()
    {
        var city = await app.InsertCityAsync();
        var marker = Unique.Name("Quotefish").Replace("-", string.Empty, StringComparison.Ordinal);
        await app.InsertPracticeAsync(city.Id, text: PracticeData.Text($"{marker} O'Brien's exchange"));

        var page = await app.CreateClient().GetDocumentAsync($"/BestPractices?q={Uri.EscapeDataString($"{marker} O'Brien's \\")}&p=9");

        Assert.Equal([$"{marker} O'Brien's exchange"], page.QuerySelectorAll("[data-testid=practice-results] h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("1 best practice found", page.QuerySelector("[data-testid=result-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Nonsense_in_the_address_gives_the_library_not_an_error()
    {
        var response = await app.CreateClient().GetAsync("/BestPractices?q=%22%27%29%28%21%3A*%26%7C&sdg=99&size=Huge&sort=Nope&p=-3&area=x&country=ZZZ");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A word no other test's practice contains, in lower case and without the hyphen, as a user would type it.</summary>
    private static string SearchWord(string animal) => Unique.Name(animal).ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>Plain sentences without the tests' search words, to push a word far into a practice.</summary>
    private static string Filler(int sentences) =>
        string.Join(' ', Enumerable.Repeat("The department met its partners again and wrote down what it learnt.", sentences));
}
