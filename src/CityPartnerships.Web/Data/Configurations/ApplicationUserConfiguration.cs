using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).UseCollation(Collations.Names);
        builder.Property(u => u.Language).HasMaxLength(ApplicationUser.LanguageMaxLength).HasDefaultValue("en");
        builder.Property(u => u.TimeZone).HasMaxLength(ApplicationUser.TimeZoneMaxLength);
        builder.Ignore(u => u.IsInvitationPending);
        builder.HasOne(u => u.City).WithMany().HasForeignKey(u => u.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.CityId);
    }
}
