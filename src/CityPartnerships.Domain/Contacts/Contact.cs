using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Domain.Contacts;

/// <summary>
/// A focal person at one end of a partnership. Personal data: it is never written to the audit trail, and it can be
/// exported (GDPR Art. 15) and erased (Art. 17) on request.
/// </summary>
public sealed class Contact : IPartnershipRecord
{
    public const int NameMaxLength = 200;
    public const int OrganisationMaxLength = 200;
    public const int RoleMaxLength = 200;
    public const int PhoneMaxLength = 50;
    public const int LanguagesToCheckMaxLength = 200;

    private Contact()
    {
        Name = string.Empty;
        Languages = [];
    }

    /// <param name="partnership">The partnership the person is a focal person of.</param>
    /// <param name="cityId">The end of the partnership the person works for: one of its two cities.</param>
    /// <param name="name">The person's name.</param>
    public Contact(Partnership partnership, int cityId, string name)
        : this()
    {
        var validName = Guard.RequiredText(name, NameMaxLength, ErrorCodes.Contact.Name, nameof(name));
        PartnershipId = partnership.Id;
        CityId = CityOf(partnership, cityId);
        Name = validName;
    }

    public int Id { get; private set; }

    public int PartnershipId { get; private set; }

    public int CityId { get; private set; }

    public string Name { get; private set; }

    public string? Organisation { get; private set; }

    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The languages to use with the person, as codes of <see cref="SpokenLanguages"/>, in the order noted.</summary>
    public string[] Languages { get; private set; }

    /// <summary>
    /// Free text from before languages were chosen from a list that named no language of it ("Klingon, a little
    /// Dutch"): kept for a person to decide, never guessed at. Saving the contact's details clears it.
    /// </summary>
    public string? LanguagesToCheck { get; private set; }

    /// <summary>When the person agreed to their data being kept here; null when no consent is recorded.</summary>
    public DateOnly? ConsentRecordedOn { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Moves the person to the other end of the partnership.</summary>
    public void AssignToCity(Partnership partnership, int cityId)
    {
        if (partnership.Id != PartnershipId)
        {
            throw new InvalidOperationException("A contact stays with its partnership.");
        }

        CityId = CityOf(partnership, cityId);
    }

    private static int CityOf(Partnership partnership, int cityId) => partnership.Involves(cityId)
        ? cityId
        : throw new DomainException(ErrorCodes.Contact.CityNotInPartnership, "The person must work for one of the two cities of the partnership.",
            nameof(CityId));

    public void UpdateDetails(string name, string? organisation, string? role, string? email, string? phone,
        IEnumerable<string> languages, DateOnly? consentRecordedOn)
    {
        var validName = Guard.RequiredText(name, NameMaxLength, ErrorCodes.Contact.Name, nameof(name));
        var validOrganisation = Guard.OptionalText(organisation, OrganisationMaxLength, ErrorCodes.Contact.Organisation, nameof(organisation));
        var validRole = Guard.OptionalText(role, RoleMaxLength, ErrorCodes.Contact.Role, nameof(role));
        var validPhone = Guard.OptionalText(phone, PhoneMaxLength, ErrorCodes.Contact.Phone, nameof(phone));
        var validLanguages = languages.Select(code => code.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        if (validLanguages.FirstOrDefault(code => !SpokenLanguages.IsKnown(code)) is { } unknown)
        {
            throw new DomainException(ErrorCodes.Contact.LanguageUnknown, $"'{unknown}' is not a language of the list.", nameof(languages));
        }

        if (validLanguages.Length > SpokenLanguages.MaxPerContact)
        {
            throw new DomainException(ErrorCodes.Contact.TooManyLanguages,
                $"At most {SpokenLanguages.MaxPerContact} languages can be noted for a person.", nameof(languages));
        }
        var validEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (validEmail is not null && !EmailAddress.IsValid(validEmail))
        {
            throw new DomainException(ErrorCodes.Contact.EmailInvalid, $"'{validEmail}' is not a valid e-mail address.", nameof(email));
        }

        if (validPhone is not null && !validPhone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '/'))
        {
            throw new DomainException(ErrorCodes.Contact.PhoneInvalid, "A phone number has digits, spaces and + - ( ) / only.", nameof(phone));
        }

        Name = validName;
        Organisation = validOrganisation;
        Role = validRole;
        Email = validEmail;
        Phone = validPhone;
        Languages = validLanguages;
        LanguagesToCheck = null;
        ConsentRecordedOn = consentRecordedOn;
    }
}
