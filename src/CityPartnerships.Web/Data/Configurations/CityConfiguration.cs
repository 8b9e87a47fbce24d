using CityPartnerships.Domain.Cities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public const string SearchNameColumn = "SearchName";
    public const string SearchRegionColumn = "SearchRegion";

    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(City.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(c => c.GermanName).HasMaxLength(City.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Region).HasMaxLength(City.RegionMaxLength);
        builder.Property(c => c.Version).IsRowVersion();

        builder.HasOne(c => c.InternationalAffairsUnit)
            .WithOne(u => u.City)
            .HasForeignKey<InternationalAffairsUnit>(u => u.CityId)
            .OnDelete(DeleteBehavior.Cascade);

        // Lower-case name without accents ("dusseldorf"), so "Dusseldorf" and "Sao Paulo" find their cities;
        // the trigram index keeps substring search fast. See SearchText for the matching query side. The region the same.
        // lower() in the database's collation, as the query side applies it to what was typed.
        builder.Property<string>(SearchNameColumn)
            .HasComputedColumnSql("public.immutable_unaccent(lower(\"Name\" COLLATE \"default\"))", stored: true);
        builder.HasIndex(SearchNameColumn).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.Property<string>(SearchRegionColumn)
            .HasComputedColumnSql("public.immutable_unaccent(lower(\"Region\"))", stored: true);
        builder.HasIndex(SearchRegionColumn).HasMethod("gin").HasOperators("gin_trgm_ops");

        builder.HasMany(c => c.Networks).WithMany().UsingEntity("CityNetworks");

        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => new { c.CountryCode, c.Region });
        builder.HasIndex(c => c.IsAssociationMember);
        builder.HasIndex(c => c.IsInGlobalSouth);
        // Cities typed in by hand are unique by name, country and region; gazetteer places may share a name
        // (there are many Neustadts) and are told apart by their GeoNames id.
        builder.HasIndex(c => new { c.Name, c.CountryCode, c.Region, c.GeoNameId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(c => c.GeoNameId).IsUnique();

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Cities_Latitude", "\"Latitude\" BETWEEN -90 AND 90");
            t.HasCheckConstraint("CK_Cities_Longitude", "\"Longitude\" BETWEEN -180 AND 180");
            t.HasCheckConstraint("CK_Cities_Population", "\"Population\" >= 0");
        });
    }
}
