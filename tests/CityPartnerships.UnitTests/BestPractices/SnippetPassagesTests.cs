using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.UnitTests.BestPractices;

/// <summary>The passages of a long practice that the library's snippet is made from: the found words must be in them.</summary>
public sealed class SnippetPassagesTests
{
    private static string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => $"filler{i % 7}"));

    [Fact]
    public void A_long_text_is_cut_to_the_passage_around_a_word_far_into_it()
    {
        var text = $"{Filler(600)} the heat action plan for schools {Filler(600)}";

        var passages = SnippetPassages.Around(text, "heat");

        Assert.Contains("the heat action plan for schools", passages, StringComparison.Ordinal);
        Assert.True(passages.Length < 800, $"{passages.Length} characters of {text.Length}");
    }

    [Fact]
    public void A_typed_plural_finds_the_singular_and_accents_do_not_matter()
    {
        var text = $"{Filler(400)} Eine Partnerschaft mit Lyon. {Filler(400)} Neue Bäume für den Park. {Filler(400)}";

        var passages = SnippetPassages.Around(text, "Partnerschaften Baume");

        Assert.Contains("Eine Partnerschaft mit Lyon.", passages, StringComparison.Ordinal);
        Assert.Contains("Neue Bäume für den Park.", passages, StringComparison.Ordinal);
        Assert.Contains(SnippetPassages.Separator, passages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_inside_another_word_is_not_a_passage()
    {
        var text = $"The wheat harvest. {Filler(600)} Shade against heat in summer. {Filler(600)}";

        var passages = SnippetPassages.Around(text, "heat");

        Assert.Contains("Shade against heat in summer.", passages, StringComparison.Ordinal);
        Assert.DoesNotContain("wheat", passages, StringComparison.Ordinal);
    }

    [Fact]
    public void Passages_begin_and_end_at_whole_words()
    {
        var text = $"{Filler(300)} cycling lanes {Filler(300)}";

        var passages = SnippetPassages.Around(text, "cycling");

        var words = text.Split(' ').ToHashSet();
        Assert.All(passages.Split(' '), word => Assert.Contains(word, words));
    }

    [Fact]
    public void A_short_text_and_a_text_without_the_words_stay_whole()
    {
        var shortText = $"{Filler(20)} heat";
        var longText = Filler(600);

        Assert.Equal(shortText, SnippetPassages.Around(shortText, "heat"));
        Assert.Equal(longText, SnippetPassages.Around(longText, "heat"));
    }
}
