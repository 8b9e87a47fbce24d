using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class InternationalAffairsUnitConfiguration : IEntityTypeConfiguration<InternationalAffairsUnit>
{
    public void Configure(EntityTypeBuilder<InternationalAffairsUnit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(InternationalAffairsUnit.NameMaxLength);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.StaffFte).HasPrecision(7, 2);
        builder.Property(u => u.AnnualBudgetEur).HasPrecision(14, 2);
        builder.Property(u => u.ContactEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(u => u.Version).IsRowVersion();
        builder.HasMany(u => u.FocusAreas).WithMany().UsingEntity("UnitFocusAreas");
        builder.HasIndex(u => u.CityId).IsUnique();
    }
}
