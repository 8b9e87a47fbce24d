using CityPartnerships.Domain.Capacity;
using CityPartnerships.Domain.Cities;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class CapacityAssessmentConfiguration : IEntityTypeConfiguration<CapacityAssessment>
{
    public void Configure(EntityTypeBuilder<CapacityAssessment> builder)
    {
        builder.Property(a => a.TakenBy).HasMaxLength(CapacityAssessment.TakenByMaxLength);
        builder.HasOne<City>().WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Answers).HasField("_answers");
        builder.Ignore(a => a.Scores);

        // A city's history and the association median (its latest assessment) read by city, newest first.
        builder.HasIndex(a => new { a.CityId, a.TakenAt, a.Id }).IsDescending(false, true, true);
    }
}

internal sealed class CapacityAnswerConfiguration : IEntityTypeConfiguration<CapacityAnswer>
{
    public void Configure(EntityTypeBuilder<CapacityAnswer> builder)
    {
        builder.Property(a => a.Dimension).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Value).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<CapacityQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AssessmentId, a.QuestionId }).IsUnique();
    }
}
