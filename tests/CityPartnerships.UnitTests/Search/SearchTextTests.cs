using System.Text;
using System.Text.RegularExpressions;
using CityPartnerships.Web.Search;

namespace CityPartnerships.UnitTests.Search;

public class SearchTextTests
{
    /// <summary>
    /// Whether <paramref name="text"/> matches a LIKE <paramref name="pattern"/> with PostgreSQL's default escape
    /// character, the backslash. Like PostgreSQL, refuses a pattern that ends in an escape character.
    /// </summary>
    private static bool Like(string text, string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    Assert.True(i < pattern.Length, $"The LIKE pattern '{pattern}' ends with an escape character.");
                    regex.Append(Regex.Escape(pattern[i].ToString()));
                    break;
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                default:
                    regex.Append(Regex.Escape(pattern[i].ToString()));
                    break;
            }
        }

        return Regex.IsMatch(text, regex.Append('$').ToString(), RegexOptions.Singleline);
    }

    [Theory]
    [InlineData("Bonn", "Bonn")]
    [InlineData("  Köln ", "Köln")]
    [InlineData("100%", "100\\%")]
    [InlineData("a_b", "a\\_b")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void What_was_typed_is_trimmed_and_like_wildcards_are_escaped(string typed, string expected)
    {
        Assert.Equal(expected, SearchText.EscapeLike(typed));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("b_nn")]
    [InlineData("%onn")]
    public void Typed_wildcards_do_not_match_names_without_those_characters(string typed)
    {
        Assert.False(Like("bonn", "%" + SearchText.EscapeLike(typed) + "%"));
    }

    [Theory]
    [InlineData("100%", "the 100% city")]
    [InlineData("a_b", "x a_b y")]
    [InlineData("back\\slash", "a back\\slash name")]
    public void Typed_wildcards_still_find_names_that_contain_them_literally(string typed, string name)
    {
        Assert.True(Like(name, "%" + SearchText.EscapeLike(typed) + "%"));
    }

    [Fact]
    public void Very_long_input_is_cut_to_the_maximum_length()
    {
        Assert.Equal(SearchText.MaxLength, SearchText.EscapeLike(new string('x', 500)).Length);
    }

    [Theory]
    [InlineData("Bonn", "%Bonn%")]
    [InlineData("München 2", "%München 2%")]
    [InlineData("Ba", "Ba%")]
    [InlineData(" b ", "b%")]
    [InlineData("a-b", "a-b%")]
    [InlineData("東京", "東京%")]
    public void Three_letters_in_a_row_are_found_anywhere_in_a_name_fewer_at_its_start(string typed, string expected)
    {
        Assert.Equal(expected, SearchText.NamePattern(typed));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("%%")]
    [InlineData(" ' ")]
    public void Text_without_a_letter_or_digit_fits_no_name(string typed)
    {
        Assert.Null(SearchText.NamePattern(typed));
        Assert.False(SearchText.NameFits(typed)("A-B"));
    }

    [Theory]
    [InlineData("Baden-Württemberg", "ba", true)]
    [InlineData("Schwaben", "ba", false)]
    [InlineData("Schwaben", "WAB", true)]
    [InlineData("Thüringen", "ring", true)]
    [InlineData("Thüringen", "Thu", true)]
    public void A_name_in_memory_fits_by_the_same_rule_as_in_the_database(string name, string typed, bool fits)
    {
        Assert.Equal(fits, SearchText.NameFits(typed)(name));
    }
}
