using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Title).HasMaxLength(Activity.TitleMaxLength);
        builder.Property(a => a.Place).HasMaxLength(Activity.PlaceMaxLength);
        builder.Property(a => a.Description).HasMaxLength(Activity.DescriptionMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.ActionAreas).WithMany().UsingEntity("ActivityActionAreas");
        builder.HasIndex(a => new { a.PartnershipId, a.StartsOn });
        builder.ToTable(t => t.HasCheckConstraint("CK_Activities_EndNotBeforeStart", "\"EndsOn\" IS NULL OR \"EndsOn\" >= \"StartsOn\""));
    }
}
