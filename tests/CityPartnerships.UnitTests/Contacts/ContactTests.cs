using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.UnitTests.Contacts;

public class ContactTests
{
    private const int Bonn = 1;
    private const int Lyon = 2;

    private static Contact NewContact() =>
        new(new Partnership(Bonn, Lyon, PartnershipKind.Twinning, PartnershipStatus.Active, null, null, null, DateTime.UtcNow), Lyon, "Amélie Durand");

    private static void SetLanguages(Contact contact, params string[] languages) =>
        contact.UpdateDetails(contact.Name, null, null, null, null, languages, null);

    [Fact]
    public void Languages_keep_the_order_noted_once_each_whatever_the_case()
    {
        var contact = NewContact();

        SetLanguages(contact, "FR", "en", " fr ");

        Assert.Equal(["fr", "en"], contact.Languages);
    }

    [Fact]
    public void A_language_that_is_not_on_the_list_is_refused_and_nothing_changes()
    {
        var contact = NewContact();
        SetLanguages(contact, "de");

        var error = DomainAssert.Throws(ErrorCodes.Contact.LanguageUnknown, () => SetLanguages(contact, "fr", "French"));

        Assert.Equal("languages", error.ParamName);
        Assert.Equal(["de"], contact.Languages);
    }

    [Fact]
    public void At_most_ten_languages_are_noted()
    {
        var contact = NewContact();

        DomainAssert.Throws(ErrorCodes.Contact.TooManyLanguages, () => SetLanguages(contact, [.. SpokenLanguages.All.Take(SpokenLanguages.MaxPerContact + 1)]));
        SetLanguages(contact, [.. SpokenLanguages.All.Take(SpokenLanguages.MaxPerContact)]);

        Assert.Equal(SpokenLanguages.MaxPerContact, contact.Languages.Length);
    }

    [Fact]
    public void Every_language_of_the_list_is_a_two_letter_code_listed_once()
    {
        Assert.All(SpokenLanguages.All, code => Assert.Matches("^[a-z]{2}$", code));
        Assert.Equal(SpokenLanguages.All.Count, SpokenLanguages.All.Distinct().Count());
    }
}
