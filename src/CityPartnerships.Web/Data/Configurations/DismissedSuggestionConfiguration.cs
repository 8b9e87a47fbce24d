using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Suggestions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class DismissedSuggestionConfiguration : IEntityTypeConfiguration<DismissedSuggestion>
{
    public void Configure(EntityTypeBuilder<DismissedSuggestion> builder)
    {
        builder.Property(d => d.DismissedBy).HasMaxLength(DismissedSuggestion.DismissedByMaxLength);
        builder.HasOne<City>().WithMany().HasForeignKey(d => d.CityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<City>().WithMany().HasForeignKey(d => d.CandidateCityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CityId, d.CandidateCityId }).IsUnique();
    }
}
