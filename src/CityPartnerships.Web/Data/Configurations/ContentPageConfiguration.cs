using CityPartnerships.Domain.ContentPages;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(ContentPage.SlugMaxLength);
        builder.Property(p => p.Section).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Title).HasMaxLength(ContentPage.TitleMaxLength);
        builder.Property(p => p.GermanTitle).HasMaxLength(ContentPage.TitleMaxLength);
        builder.Property(p => p.Body).HasMaxLength(ContentPage.BodyMaxLength);
        builder.Property(p => p.GermanBody).HasMaxLength(ContentPage.BodyMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.Slug).IsUnique();
    }
}
