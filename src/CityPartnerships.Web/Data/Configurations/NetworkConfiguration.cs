using CityPartnerships.Domain.Networks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.Property(n => n.Name).HasMaxLength(Network.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(n => n.Acronym).HasMaxLength(Network.AcronymMaxLength);
        builder.Property(n => n.GermanName).HasMaxLength(Network.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(n => n.GermanAcronym).HasMaxLength(Network.AcronymMaxLength);
        builder.HasIndex(n => n.Name).IsUnique();
    }
}
