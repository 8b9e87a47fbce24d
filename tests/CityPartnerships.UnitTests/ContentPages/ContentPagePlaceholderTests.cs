using CityPartnerships.Domain.ContentPages;

namespace CityPartnerships.UnitTests.ContentPages;

/// <summary>The parts of a legal text in [square brackets] that the association still has to fill in.</summary>
public class ContentPagePlaceholderTests
{
    [Fact]
    public void Square_bracket_parts_are_found_in_the_asked_language_each_once()
    {
        var imprint = Legal(
            "[Name of the association]\n[Street and number]\nTelephone: [number], fax: [number]",
            "[Name des Verbands]\nMusterstraße 1");

        Assert.Equal(["[Name of the association]", "[Street and number]", "[number]"], imprint.Placeholders("en"));
        Assert.Equal(["[Name des Verbands]"], imprint.Placeholders("de"));
    }

    [Theory]
    [InlineData("See [our website](https://example.org).")]
    [InlineData("See [our website][site].\n\n[site]: https://example.org")]
    [InlineData("Städteverband e. V., Musterstraße 1, 10115 Berlin")]
    [InlineData("An empty pair [] or brackets [across\nlines] are not gaps.")]
    public void Links_and_filled_in_text_have_no_placeholders(string body)
    {
        Assert.Empty(Legal(body, body).Placeholders("en"));
    }

    private static ContentPage Legal(string body, string germanBody) =>
        new("imprint", 1, "Imprint", "Impressum", body, germanBody, ContentPageSection.Legal);
}
