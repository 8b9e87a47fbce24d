using CityPartnerships.Web.Features.Mail;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

public sealed class PendingMailConfiguration : IEntityTypeConfiguration<PendingMail>
{
    public void Configure(EntityTypeBuilder<PendingMail> builder)
    {
        builder.ToTable("PendingMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => m.ClaimedUntil);
    }
}
