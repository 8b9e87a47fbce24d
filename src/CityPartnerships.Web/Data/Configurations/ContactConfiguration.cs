using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Contact.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(c => c.Organisation).HasMaxLength(Contact.OrganisationMaxLength);
        builder.Property(c => c.Role).HasMaxLength(Contact.RoleMaxLength);
        builder.Property(c => c.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.LanguagesToCheck).HasMaxLength(Contact.LanguagesToCheckMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(c => c.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<City>().WithMany().HasForeignKey(c => c.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PartnershipId);
        // Finding every record of one person for a GDPR request.
        builder.HasIndex(c => c.Email);
    }
}
