using CityPartnerships.Web.Features.Jobs;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => new { r.Job, r.Period });
        builder.Property(r => r.Job).HasMaxLength(JobRun.JobMaxLength);
        builder.Property(r => r.Period).HasMaxLength(JobRun.PeriodMaxLength);
        builder.Property(r => r.Instance).HasMaxLength(JobRun.InstanceMaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(500);
    }
}
