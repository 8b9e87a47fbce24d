using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

public sealed class ContactInput : IVersionedInput
{
    [Display(Name = "Contact.City")]
    public int CityId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(Contact.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(Contact.RoleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Role")]
    public string? Role { get; set; }

    [StringLength(Contact.OrganisationMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Organisation")]
    public string? Organisation { get; set; }

    [StringLength(EmailAddress.MaxLength, ErrorMessage = "Validation.MaxLength")]
    [System.ComponentModel.DataAnnotations.EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Contact.Email")]
    public string? Email { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Contact.Languages")]
    public List<string> Languages { get; set; } = [];

    /// <summary>Shown, not posted: free text from before the list that still waits for a person to choose.</summary>
    public string? LanguagesToCheck { get; private set; }

    [DataType(DataType.Date)]
    [Display(Name = "Contact.ConsentRecordedOn")]
    public DateOnly? ConsentRecordedOn { get; set; }

    public uint Version { get; set; }

    public void CopyFrom(Contact contact)
    {
        (CityId, Name, Role, Organisation, Email, Phone, Languages, LanguagesToCheck, ConsentRecordedOn, Version) = (contact.CityId,
            contact.Name, contact.Role, contact.Organisation, contact.Email, contact.Phone, [.. contact.Languages], contact.LanguagesToCheck,
            contact.ConsentRecordedOn, contact.Version);
    }

    /// <summary>A new contact through the domain's rules; throws DomainException when one is broken.</summary>
    public Contact Create(Partnership partnership)
    {
        var contact = new Contact(partnership, CityId, Name);
        ApplyTo(partnership, contact);
        return contact;
    }

    /// <summary>Throws DomainException when a rule is broken.</summary>
    public void ApplyTo(Partnership partnership, Contact contact)
    {
        contact.UpdateDetails(Name, Organisation, Role, Email, Phone, Languages, ConsentRecordedOn);
        contact.AssignToCity(partnership, CityId);
    }

    /// <summary>The two ends of the partnership, the only cities a contact can work for.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CityOptionsAsync(AppDbContext db, Partnership partnership,
        CancellationToken cancellationToken)
    {
        var cities = await db.Cities.AsNoTracking()
            .Where(c => c.Id == partnership.CityId || c.Id == partnership.PartnerCityId)
            .Select(c => new { c.Id, Name = c.NameIn(PortalCultures.Language) })
            .ToListAsync(cancellationToken);
        return [.. cities.OrderBy(c => c.Id != partnership.CityId).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}

public interface IContactFormPage
{
    ContactInput Input { get; }

    IReadOnlyList<SelectListItem> CityOptions { get; }
}
