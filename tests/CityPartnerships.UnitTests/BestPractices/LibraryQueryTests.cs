using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.UnitTests.BestPractices;

public sealed class LibraryQueryTests
{
    [Theory]
    [InlineData("'hitz' & 'schul'", "( 'hitz' | 'hitz':* ) & ( 'schul' | 'schul':* )")]
    [InlineData("'rat' & 'hitz'", "'rat' & ( 'hitz' | 'hitz':* )")]
    [InlineData("'heat' <-> 'action' | !'water'", "( 'heat' | 'heat':* ) <-> ( 'action' | 'action':* ) | !( 'water' | 'water':* )")]
    [InlineData("'o''neil'", "( 'o''neil' | 'o''neil':* )")]
    [InlineData("'o''n'", "'o''n'")]
    [InlineData("", "")]
    public void Stems_of_four_letters_or_more_also_find_longer_words(string stemmed, string searched) =>
        Assert.Equal(searched, LibraryQuery.WithPrefixes(stemmed));

    [Fact]
    public void The_ranking_scores_the_prefixes_alone() =>
        Assert.Equal("'rat' & 'hitz':* | !'water':*", LibraryQuery.AsPrefixes("'rat' & 'hitz' | !'water'"));
}
