using CityPartnerships.Domain.Networks;

namespace CityPartnerships.UnitTests.Networks;

public sealed class NetworkNameTests
{
    [Fact]
    public void A_network_with_german_names_shows_them_in_german_and_its_own_in_english()
    {
        var cemr = new Network("Council of European Municipalities and Regions", "CEMR", "Rat der Gemeinden und Regionen Europas", "RGRE");

        Assert.Equal("Rat der Gemeinden und Regionen Europas (RGRE)", cemr.DisplayNameIn("de"));
        Assert.Equal("RGRE", cemr.ShortNameIn("de"));
        Assert.Equal("Council of European Municipalities and Regions (CEMR)", cemr.DisplayNameIn("en"));
        Assert.Equal("CEMR", cemr.ShortNameIn("en"));
    }

    [Fact]
    public void Without_a_german_abbreviation_german_shows_the_networks_own_and_without_any_the_german_name()
    {
        var iclei = new Network("ICLEI – Local Governments for Sustainability", "ICLEI", "ICLEI – Kommunen für Nachhaltigkeit");
        var climateAlliance = new Network("Climate Alliance", germanName: "Klima-Bündnis");

        Assert.Equal("ICLEI – Kommunen für Nachhaltigkeit (ICLEI)", iclei.DisplayNameIn("de"));
        Assert.Equal("ICLEI", iclei.ShortNameIn("de"));
        Assert.Equal("Klima-Bündnis", climateAlliance.DisplayNameIn("de"));
        Assert.Equal("Klima-Bündnis", climateAlliance.ShortNameIn("de"));
        Assert.Equal("Climate Alliance", climateAlliance.ShortNameIn("en"));
    }

    [Fact]
    public void A_german_name_like_the_networks_own_is_not_kept_twice()
    {
        var eurocities = new Network("Eurocities", null, " Eurocities ", null);

        Assert.Null(eurocities.GermanName);
        Assert.Equal("Eurocities", eurocities.DisplayNameIn("de"));
    }

    [Fact]
    public void A_german_name_with_a_formula_start_is_refused() =>
        DomainAssert.Throws("Network.GermanName.FormulaStart", () => new Network("Eurocities", germanName: "=cmd|' /C calc'!A0"));
}
