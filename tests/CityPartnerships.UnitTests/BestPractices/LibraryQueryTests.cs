using CityPartnerships.Web.Features.BestPractices;

namespace CityPartnerships.UnitTests.BestPractices;

public sealed class LibraryQueryTests
{
    [Theory]
    [InlineData("'hitz' & 'schul'", "'hitz':* & 'schul':*")]
    [InlineData("'rat' & 'hitz'", "'rat' & 'hitz':*")]
    [InlineData("'heat' <-> 'action' | !'water'", "'heat':* <-> 'action':* | !'water':*")]
    [InlineData("'o''neil'", "'o''neil':*")]
    [InlineData("'o''n'", "'o''n'")]
    [InlineData("", "")]
    public void Stems_of_four_letters_or_more_also_find_longer_words(string stemmed, string searched) =>
        Assert.Equal(searched, LibraryQuery.AsPrefixes(stemmed));
}
