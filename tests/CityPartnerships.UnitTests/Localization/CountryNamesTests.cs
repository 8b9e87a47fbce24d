using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CityPartnerships.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace CityPartnerships.UnitTests.Localization;

public class CountryNamesTests
{
    // Words of English country names that no German one uses ("Islands", "United", "Republic", "and", ...); Iceland is "Island".
    private static readonly Regex _englishWords = new(@"\b(Islands|United|Republic|and|of|the|Minor|Outlying|States|Kingdom)\b", RegexOptions.None,
        TimeSpan.FromSeconds(1));

    private static readonly Regex _option = new("""<option value="([A-Z]{2})"( selected)?>([^<]*)</option>""", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public void Every_country_has_a_german_name_without_english_words()
    {
        var german = CountryNames.ByLanguage["de"];

        Assert.Equal(CountryNames.ByLanguage["en"].Keys.Order(), german.Keys.Order());
        Assert.Empty(german.Where(country => _englishWords.IsMatch(country.Value)).Select(country => $"{country.Key}: {country.Value}"));
    }

    [Fact]
    public void The_english_name_of_a_country_with_a_german_one_is_still_recognised_when_typed()
    {
        Assert.Equal("Amerikanische Überseeinseln", CountryNames.ByLanguage["de"]["UM"]);
        Assert.Equal("UM", CountryLookup.Find("United States Minor Outlying Islands"));
        Assert.Equal("UM", CountryLookup.Find("Kleinere Amerikanische Überseeinseln"));
    }

    [Fact]
    public void The_country_filter_lists_every_country_by_its_name_in_the_language_and_marks_the_chosen_one()
    {
        var german = InCulture.Read("de-DE", () => Options(CountryNames.OptionTags("fr")));
        var english = InCulture.Read("en-GB", () => Options(CountryNames.OptionTags(null)));

        Assert.Equal(CountryNames.ByLanguage["de"].Count, german.Count);
        Assert.Equal(("FR", "Frankreich", true), Assert.Single(german, option => option.Selected));
        Assert.Contains(("EG", "Ägypten", false), german);
        Assert.Equal(german.Select(o => o.Name).Order(StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), CompareOptions.None)), german.Select(o => o.Name));
        Assert.DoesNotContain(english, option => option.Selected);
        Assert.Contains(("EG", "Egypt", false), english);
    }

    [Fact]
    public void A_country_code_that_does_not_exist_marks_no_country_and_cannot_inject_markup()
    {
        var options = InCulture.Read("en-GB", () => CountryNames.OptionTags("\"><script>x</script>").Value!);

        Assert.DoesNotContain("<script>", options, StringComparison.Ordinal);
        Assert.DoesNotContain(" selected", options, StringComparison.Ordinal);
    }

    private static List<(string Code, string Name, bool Selected)> Options(HtmlString tags) =>
        [.. _option.Matches(tags.Value!).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[3].Value), m.Groups[2].Success))];
}
