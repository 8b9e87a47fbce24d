using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class SecurityEventEntryConfiguration : IEntityTypeConfiguration<SecurityEventEntry>
{
    public void Configure(EntityTypeBuilder<SecurityEventEntry> builder)
    {
        builder.ToTable("SecurityEvents");
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.ClientAddress).HasMaxLength(SecurityEventEntry.ClientAddressMaxLength);
        builder.Property(e => e.CorrelationId).HasMaxLength(SecurityEventEntry.CorrelationIdMaxLength);
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }
}
