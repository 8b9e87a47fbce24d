using CityPartnerships.Domain.Common;

namespace CityPartnerships.UnitTests.Common;

public class EmailAddressTests
{
    [Theory]
    [InlineData("a@b.de")]
    [InlineData("international@bonn.de")]
    [InlineData("first.last@city.example.org")]
    [InlineData("partners+lyon@bonn.de")]
    [InlineData("o'brien@cork.ie")]
    public void A_bare_address_with_a_dotted_domain_is_valid(string value)
    {
        Assert.True(EmailAddress.IsValid(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("Name <a@b.de>")]
    [InlineData("<a@b.de>")]
    [InlineData("a b@c.de")]
    [InlineData(" a@b.de")]
    [InlineData("a@b.de ")]
    [InlineData("@b.de")]
    [InlineData("a@")]
    [InlineData("a@@b.de")]
    [InlineData("a@b.de, c@d.de")]
    public void Anything_else_is_invalid(string? value)
    {
        Assert.False(EmailAddress.IsValid(value));
    }

    [Fact]
    public void An_address_of_the_maximum_length_is_valid()
    {
        const string Domain = "@bonn.de";
        var address = new string('a', EmailAddress.MaxLength - Domain.Length) + Domain;

        Assert.Equal(EmailAddress.MaxLength, address.Length);
        Assert.True(EmailAddress.IsValid(address));
    }

    [Fact]
    public void An_address_longer_than_the_maximum_is_invalid()
    {
        const string Domain = "@bonn.de";
        var address = new string('a', EmailAddress.MaxLength + 1 - Domain.Length) + Domain;

        Assert.False(EmailAddress.IsValid(address));
    }
}
