using CityPartnerships.Domain.Cities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class CityNameConfiguration : IEntityTypeConfiguration<CityName>
{
    public void Configure(EntityTypeBuilder<CityName> builder)
    {
        builder.Property(n => n.Language).HasMaxLength(CityName.LanguageMaxLength);
        builder.Property(n => n.Name).HasMaxLength(City.NameMaxLength);
        builder.HasOne<City>().WithMany().HasForeignKey(n => n.CityId).OnDelete(DeleteBehavior.Cascade);

        // The same search form as Cities.SearchName: B-tree for the import's exact names, trigram for substrings.
        builder.Property<string>(CityConfiguration.SearchNameColumn)
            .HasComputedColumnSql("public.immutable_unaccent(lower(\"Name\"))", stored: true);
        builder.HasIndex([CityConfiguration.SearchNameColumn], "IX_CityNames_SearchName");
        builder.HasIndex([CityConfiguration.SearchNameColumn], "IX_CityNames_SearchName_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(n => n.CityId);
    }
}
