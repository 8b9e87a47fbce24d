using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.BestPractices;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class ActionAreaConfiguration : IEntityTypeConfiguration<ActionArea>
{
    public void Configure(EntityTypeBuilder<ActionArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(ActionArea.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(a => a.GermanName).HasMaxLength(ActionArea.NameMaxLength).UseCollation(Collations.Names);
        builder.Property(a => a.Description).HasMaxLength(ActionArea.DescriptionMaxLength);
        builder.Property(a => a.Benefits).HasMaxLength(ActionArea.BenefitsMaxLength);
        builder.Property(a => a.Suggestions).HasMaxLength(ActionArea.SuggestionsMaxLength);
        builder.Property(a => a.GermanDescription).HasMaxLength(ActionArea.DescriptionMaxLength);
        builder.Property(a => a.GermanBenefits).HasMaxLength(ActionArea.BenefitsMaxLength);
        builder.Property(a => a.GermanSuggestions).HasMaxLength(ActionArea.SuggestionsMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<BestPractice>().WithMany().HasForeignKey(a => a.FirstFeaturedPracticeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<BestPractice>().WithMany().HasForeignKey(a => a.SecondFeaturedPracticeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
