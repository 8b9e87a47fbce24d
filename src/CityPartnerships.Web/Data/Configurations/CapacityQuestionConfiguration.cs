using CityPartnerships.Domain.Capacity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class CapacityQuestionConfiguration : IEntityTypeConfiguration<CapacityQuestion>
{
    public void Configure(EntityTypeBuilder<CapacityQuestion> builder)
    {
        builder.Property(q => q.Dimension).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Text).HasMaxLength(CapacityQuestion.TextMaxLength);
        builder.Property(q => q.GermanText).HasMaxLength(CapacityQuestion.TextMaxLength);
        builder.Property(q => q.Recommendation).HasMaxLength(CapacityQuestion.RecommendationMaxLength);
        builder.Property(q => q.GermanRecommendation).HasMaxLength(CapacityQuestion.RecommendationMaxLength);
        builder.Property(q => q.SolutionSlug).HasMaxLength(CapacityQuestion.SolutionSlugMaxLength);
        builder.Property(q => q.Version).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("CK_CapacityQuestions_Weight",
            $"\"Weight\" BETWEEN {CapacityQuestion.MinWeight} AND {CapacityQuestion.MaxWeight}"));
    }
}
