using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Project.TitleMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Project.DescriptionMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.PartnerCommitment).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Funder).HasMaxLength(Project.FunderMaxLength);
        builder.Property(p => p.Programme).HasMaxLength(Project.ProgrammeMaxLength);
        builder.Property(p => p.Amount).HasPrecision(14, 2);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.IsFundingSecured);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ActionAreas).WithMany().UsingEntity("ProjectActionAreas");
        builder.HasIndex(p => new { p.PartnershipId, p.Status });
        builder.HasIndex(p => p.ApplicationDeadline);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Projects_EndNotBeforeStart", "\"EndsOn\" IS NULL OR \"StartsOn\" IS NULL OR \"EndsOn\" >= \"StartsOn\"");
            t.HasCheckConstraint("CK_Projects_Amount", "\"Amount\" IS NULL OR \"Amount\" >= 0");
        });
    }
}
