using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Pages.Partnerships.Contacts;

public sealed class ContactForm
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
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Contact.Email")]
    public string? Email { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Phone")]
    public string? Phone { get; set; }

    [StringLength(Contact.LanguageMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Contact.Language")]
    public string? Language { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Contact.ConsentRecordedOn")]
    public DateOnly? ConsentRecordedOn { get; set; }

    public uint Version { get; set; }

    public void CopyFrom(Contact contact)
    {
        (CityId, Name, Role, Organisation, Email, Phone, Language, ConsentRecordedOn, Version) = (contact.CityId, contact.Name,
            contact.Role, contact.Organisation, contact.Email, contact.Phone, contact.Language, contact.ConsentRecordedOn, contact.Version);
    }

    /// <summary>Throws DomainException when a rule is broken.</summary>
    public void ApplyTo(Contact contact) =>
        contact.UpdateDetails(Name, Organisation, Role, Email, Phone, Language, ConsentRecordedOn);

    /// <summary>The two ends of the partnership, the only cities a contact can work for.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> CityOptionsAsync(AppDbContext db, Partnership partnership,
        CancellationToken cancellationToken)
    {
        var cities = await db.Cities.AsNoTracking()
            .Where(c => c.Id == partnership.CityId || c.Id == partnership.PartnerCityId)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken);
        return [.. cities.OrderBy(c => c.Id != partnership.CityId).Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}

public interface IContactFormPage
{
    ContactForm Input { get; }

    IReadOnlyList<SelectListItem> CityOptions { get; }
}
