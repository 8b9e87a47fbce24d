using CityPartnerships.Domain.BestPractices;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class BestPracticeConfiguration : IEntityTypeConfiguration<BestPractice>
{
    public void Configure(EntityTypeBuilder<BestPractice> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(BestPractice.TitleMaxLength);
        builder.Property(b => b.Summary).HasMaxLength(BestPractice.SummaryMaxLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Version).IsRowVersion();

        builder.HasOne(b => b.City).WithMany().HasForeignKey(b => b.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.ActionArea).WithMany().HasForeignKey(b => b.ActionAreaId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(b => new { b.Status, b.ActionAreaId });
        builder.HasIndex(b => b.CityId);
    }
}
