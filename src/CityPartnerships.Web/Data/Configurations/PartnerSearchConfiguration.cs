using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Suggestions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class PartnerSearchConfiguration : IEntityTypeConfiguration<PartnerSearch>
{
    public void Configure(EntityTypeBuilder<PartnerSearch> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(PartnerSearch.TextMaxLength);
        builder.Property(s => s.PostedBy).HasMaxLength(PartnerSearch.NameMaxLength);
        builder.Property(s => s.ModerationReason).HasMaxLength(PartnerSearch.ReasonMaxLength);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Region).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<City>().WithMany().HasForeignKey(s => s.CityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionArea>().WithMany().HasForeignKey(s => s.ActionAreaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Replies).WithOne().HasForeignKey(r => r.PartnerSearchId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Replies).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The board lists open, shown posts that have not run out, newest first or closing soonest first.
        builder.HasIndex(s => new { s.Status, s.IsHidden, s.Until });
        builder.HasIndex(s => s.CityId);
    }
}

internal sealed class PartnerSearchReplyConfiguration : IEntityTypeConfiguration<PartnerSearchReply>
{
    public void Configure(EntityTypeBuilder<PartnerSearchReply> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(PartnerSearch.TextMaxLength);
        builder.Property(r => r.ContactName).HasMaxLength(PartnerSearch.NameMaxLength);
        builder.Property(r => r.ContactEmail).HasMaxLength(EmailAddress.MaxLength);
        builder.HasOne<City>().WithMany().HasForeignKey(r => r.CityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PartnerSearchId, r.CityId });
    }
}
