using CityPartnerships.Domain.ActionAreas;

namespace CityPartnerships.UnitTests.ActionAreas;

public class ActionAreaTests
{
    private const string Name = "Climate action";
    private const string Description = "Cities working together to cut emissions and adapt to a changing climate.";

    /// <summary>Builds an area whose <paramref name="field"/> gets <paramref name="value"/>; the others get valid text.</summary>
    private static ActionArea WithField(string field, string value) => new(
        field == "name" ? value : Name,
        field == "description" ? value : Description,
        field == "benefits" ? value : null,
        field == "suggestions" ? value : null);

    [Fact]
    public void A_new_action_area_keeps_its_trimmed_details()
    {
        var area = new ActionArea($"  {Name}  ", $" {Description} ", "  Know-how from peers.  ", " Start small. ");

        Assert.Equal(Name, area.Name);
        Assert.Equal(Description, area.Description);
        Assert.Equal("Know-how from peers.", area.Benefits);
        Assert.Equal("Start small.", area.Suggestions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_action_area_needs_a_name(string? name)
    {
        var exception = DomainAssert.Throws("ActionArea.Name.Required", () => new ActionArea(name!, Description));

        Assert.Equal("name", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_action_area_needs_a_description(string? description)
    {
        var exception = DomainAssert.Throws("ActionArea.Description.Required", () => new ActionArea(Name, description!));

        Assert.Equal("description", exception.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void The_german_name_and_description_are_required(string? blank)
    {
        var area = new ActionArea(Name, Description);

        DomainAssert.Throws("ActionArea.GermanName.Required", () => area.UpdateGermanDetails(blank, "Städte lernen voneinander.", null, null));
        DomainAssert.Throws("ActionArea.GermanDescription.Required", () => area.UpdateGermanDetails("Wissensaustausch", blank, null, null));
        area.UpdateGermanDetails(" Wissensaustausch ", "Städte lernen voneinander.", blank, blank);
        Assert.Equal(("Wissensaustausch", "Städte lernen voneinander.", (string?)null), (area.GermanName, area.GermanDescription, area.GermanBenefits));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Benefits_and_suggestions_are_optional(string? blank)
    {
        var area = new ActionArea(Name, Description, blank, blank);

        Assert.Null(area.Benefits);
        Assert.Null(area.Suggestions);
    }

    [Theory]
    [InlineData("name", ActionArea.NameMaxLength, "ActionArea.Name.TooLong")]
    [InlineData("description", ActionArea.DescriptionMaxLength, "ActionArea.Description.TooLong")]
    [InlineData("benefits", ActionArea.BenefitsMaxLength, "ActionArea.Benefits.TooLong")]
    [InlineData("suggestions", ActionArea.SuggestionsMaxLength, "ActionArea.Suggestions.TooLong")]
    public void Text_longer_than_its_maximum_is_refused(string field, int maxLength, string expectedCode)
    {
        var exception = DomainAssert.Throws(expectedCode, () => WithField(field, new string('x', maxLength + 1)));

        Assert.Equal(field, exception.ParamName);
    }

    [Theory]
    [InlineData("name", ActionArea.NameMaxLength)]
    [InlineData("description", ActionArea.DescriptionMaxLength)]
    [InlineData("benefits", ActionArea.BenefitsMaxLength)]
    [InlineData("suggestions", ActionArea.SuggestionsMaxLength)]
    public void Text_of_exactly_its_maximum_length_is_accepted(string field, int maxLength)
    {
        var text = new string('x', maxLength);

        var area = WithField(field, text);

        var stored = field switch
        {
            "name" => area.Name,
            "description" => area.Description,
            "benefits" => area.Benefits,
            _ => area.Suggestions,
        };
        Assert.Equal(text, stored);
    }

    [Fact]
    public void Updating_the_details_replaces_them()
    {
        var area = new ActionArea(Name, Description, "Benefits.", "Suggestions.");

        area.UpdateDetails("Culture", "Artists, choirs and museums.", null, "Twin your festivals.");

        Assert.Equal("Culture", area.Name);
        Assert.Equal("Artists, choirs and museums.", area.Description);
        Assert.Null(area.Benefits);
        Assert.Equal("Twin your festivals.", area.Suggestions);
    }

    [Fact]
    public void The_german_interface_shows_the_german_name_and_falls_back_to_english_without_one()
    {
        var area = new ActionArea("Knowledge exchange", Description);

        Assert.Equal("Knowledge exchange", area.NameIn("de"));
        area.UpdateGermanDetails("  Wissensaustausch ", "Städte lernen voneinander.", null, null);

        Assert.Equal("Wissensaustausch", area.NameIn("de"));
        Assert.Equal("Knowledge exchange", area.NameIn("en"));
    }

    [Fact]
    public void A_german_name_longer_than_a_name_may_be_is_refused_and_the_old_one_kept()
    {
        var area = new ActionArea(Name, Description);
        area.UpdateGermanDetails("Klimaschutz", "Städte senken Emissionen.", null, null);

        DomainAssert.Throws("ActionArea.GermanName.TooLong",
            () => area.UpdateGermanDetails(new string('x', ActionArea.NameMaxLength + 1), "Städte senken Emissionen.", null, null));

        Assert.Equal("Klimaschutz", area.GermanName);
    }
}
