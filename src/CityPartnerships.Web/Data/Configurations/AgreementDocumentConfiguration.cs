using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(AgreementDocument.FileNameMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(128);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(d => d.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PartnershipId);
    }
}
