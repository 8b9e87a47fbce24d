using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Climate;
using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class CityClimateConfiguration : IEntityTypeConfiguration<CityClimate>
{
    public void Configure(EntityTypeBuilder<CityClimate> builder)
    {
        builder.ToTable("CityClimates");
        builder.Property(c => c.Period).HasMaxLength(ClimatePeriod.PeriodMaxLength);
        builder.Property(c => c.Scenario).HasMaxLength(ClimatePeriod.ScenarioMaxLength);
        builder.Property(c => c.Derivation).HasMaxLength(CityClimate.DerivationMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.Values);
        builder.HasOne<City>().WithMany().HasForeignKey(c => c.CityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClimateDataSet>().WithMany().HasForeignKey(c => c.DataSetId).OnDelete(DeleteBehavior.Restrict);
        // One set of values per city, period and scenario; the finder reads a whole period at once.
        builder.HasIndex(c => new { c.CityId, c.Period, c.Scenario }).IsUnique();
        builder.HasIndex(c => new { c.Period, c.Scenario });
    }
}

internal sealed class ClimateDataSetConfiguration : IEntityTypeConfiguration<ClimateDataSet>
{
    public void Configure(EntityTypeBuilder<ClimateDataSet> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(ClimateDataSet.NameMaxLength);
        builder.Property(d => d.Citation).HasMaxLength(ClimateDataSet.CitationMaxLength);
        builder.Property(d => d.Licence).HasMaxLength(ClimateDataSet.LicenceMaxLength);
        builder.Property(d => d.Url).HasMaxLength(ClimateDataSet.UrlMaxLength);
        builder.Property<List<string>>("_unmatchedRows").HasColumnName(nameof(ClimateDataSet.UnmatchedRows)).HasColumnType("text[]");
        builder.Ignore(d => d.UnmatchedRows);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class ClimateTwinningConfiguration : IEntityTypeConfiguration<ClimateTwinning>
{
    public void Configure(EntityTypeBuilder<ClimateTwinning> builder)
    {
        builder.Property(t => t.Horizon).HasMaxLength(ClimateTwinning.HorizonMaxLength);
        builder.Property(t => t.Source).HasMaxLength(ClimateTwinning.SourceMaxLength);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(t => t.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<City>().WithMany().HasForeignKey(t => t.FutureCityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<City>().WithMany().HasForeignKey(t => t.AnalogueCityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PartnershipId, t.FutureCityId }).IsUnique();
    }
}
