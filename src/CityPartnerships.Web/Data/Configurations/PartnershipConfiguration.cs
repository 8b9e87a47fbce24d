using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Description).HasMaxLength(Partnership.DescriptionMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.StartedOnPrecision).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.EndedOnPrecision).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(p => p.Started);
        builder.Ignore(p => p.Ended);

        builder.HasOne(p => p.City).WithMany().HasForeignKey(p => p.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PartnerCity).WithMany().HasForeignKey(p => p.PartnerCityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.ActionAreas).WithMany().UsingEntity(ActionAreasJoinTable);

        // The pair in a fixed order, so the database can refuse a second active partnership of the same kind
        // whichever of the two cities logged it (the domain checks first; this is the last guard).
        builder.Property<int>("PairLowCityId").HasComputedColumnSql("LEAST(\"CityId\", \"PartnerCityId\")", stored: true);
        builder.Property<int>("PairHighCityId").HasComputedColumnSql("GREATEST(\"CityId\", \"PartnerCityId\")", stored: true);
        builder.HasIndex("PairLowCityId", "PairHighCityId", nameof(Partnership.Kind))
            .IsUnique()
            .HasFilter("\"Status\" = 'Active' AND \"DeletedAt\" IS NULL")
            .HasDatabaseName(UniqueActivePairIndex);

        // The two cities' countries and whether either is in the Global South, copied onto the row so the list can
        // filter on them through its own indexes instead of joining both cities to every partnership. Database
        // triggers keep them in step with the cities (migration PartnershipListColumns, docs/adr/0004); the
        // application never writes them.
        builder.Property<string>(CityCountryColumn).HasMaxLength(2).ValueGeneratedOnAddOrUpdate();
        builder.Property<string>(PartnerCountryColumn).HasMaxLength(2).ValueGeneratedOnAddOrUpdate();
        builder.Property<bool>(InvolvesGlobalSouthColumn).ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(CityCountryColumn);
        builder.HasIndex(PartnerCountryColumn);

        builder.Ignore(p => p.IsDeleted);
        builder.HasQueryFilter(p => p.DeletedAt == null);

        builder.HasIndex(p => p.CityId);
        builder.HasIndex(p => p.PartnerCityId);
        // The list's sort orders (PartnershipFilter.Order) end with the id, so these indexes deliver a page without a
        // sort. Start date and last verification are sorted with empty dates last: expression indexes for those are in
        // the PartnershipListColumns migration, as EF Core cannot describe them.
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => new { p.Kind, p.Id });

        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Partnerships_DifferentCities", "\"CityId\" <> \"PartnerCityId\"");
            t.HasCheckConstraint("CK_Partnerships_EndNotBeforeStart",
                // By year only: an end known as "1988" may follow a start on 12 May 1988 (the domain checks precisely).
                "\"EndedOn\" IS NULL OR \"StartedOn\" IS NULL OR date_part('year', \"EndedOn\") >= date_part('year', \"StartedOn\")");
        });
    }

    public const string CityCountryColumn = "CityCountryCode";
    public const string PartnerCountryColumn = "PartnerCountryCode";
    public const string InvolvesGlobalSouthColumn = "InvolvesGlobalSouth";
    public const string UniqueActivePairIndex = "IX_Partnerships_UniqueActivePair";
    public const string ActionAreasJoinTable = "PartnershipActionAreas";
}
