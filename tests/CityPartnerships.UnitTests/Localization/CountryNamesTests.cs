using System.Text.RegularExpressions;
using CityPartnerships.Web.Localization;

namespace CityPartnerships.UnitTests.Localization;

public class CountryNamesTests
{
    // Words of English country names that no German one uses ("Islands", "United", "Republic", "and", ...); Iceland is "Island".
    private static readonly Regex _englishWords = new(@"\b(Islands|United|Republic|and|of|the|Minor|Outlying|States|Kingdom)\b", RegexOptions.None,
        TimeSpan.FromSeconds(1));

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
}
