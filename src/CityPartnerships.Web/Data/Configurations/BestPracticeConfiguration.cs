using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Cities;
using CityPartnerships.Domain.Projects;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class BestPracticeConfiguration : IEntityTypeConfiguration<BestPractice>
{
    public const string ActionAreasJoinTable = "BestPracticeActionAreas";

    public void Configure(EntityTypeBuilder<BestPractice> builder)
    {
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.ContactName).HasMaxLength(BestPractice.ContactNameMaxLength);
        builder.Property(b => b.ContactEmail).HasMaxLength(Domain.Common.EmailAddress.MaxLength);
        builder.Property(b => b.Version).IsRowVersion();

        builder.HasOne<City>().WithMany().HasForeignKey(b => b.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.ActionAreas).WithMany().UsingEntity(ActionAreasJoinTable);
        builder.HasMany(b => b.Texts).WithOne().HasForeignKey(t => t.BestPracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Reviews).WithOne().HasForeignKey(r => r.BestPracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Pictures).WithOne().HasForeignKey(p => p.BestPracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Adoptions).WithOne().HasForeignKey(a => a.BestPracticeId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(b => new { b.Status, b.PublishedAt });
        builder.HasIndex(b => b.CityId);
        builder.HasIndex(b => b.Sdgs).HasMethod("GIN");
    }
}

internal sealed class BestPracticeTextConfiguration : IEntityTypeConfiguration<BestPracticeText>
{
    /// <summary>The weighted search vector of a language version, stemmed by its language's rules (a stored generated column).</summary>
    public const string SearchVector = "SearchVector";

    // Title weighs most, then the summary, then what was done and achieved, then costs, transfer and partners.
    private const string Config = """CASE WHEN "Language" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END""";

    public void Configure(EntityTypeBuilder<BestPracticeText> builder)
    {
        builder.ToTable("BestPracticeTexts");
        builder.Property(t => t.Language).HasMaxLength(ContentLanguage.MaxLength).IsFixedLength();
        builder.Property(t => t.Title).HasMaxLength(BestPracticeText.TitleMaxLength);
        builder.Property(t => t.Summary).HasMaxLength(BestPracticeText.SummaryMaxLength);
        builder.Property(t => t.Challenge).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Approach).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Results).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Costs).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Transferability).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Partners).HasMaxLength(BestPracticeText.SectionMaxLength);
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property<string?>(PracticePlainText.Column);
        builder.Property<NpgsqlTsVector>(SearchVector).HasComputedColumnSql(
            $"""
            setweight(to_tsvector({Config}, "Title"), 'A') ||
            setweight(to_tsvector({Config}, "Summary"), 'B') ||
            setweight(to_tsvector({Config}, coalesce("Challenge", '') || ' ' || coalesce("Approach", '') || ' ' || coalesce("Results", '')), 'C') ||
            setweight(to_tsvector({Config}, coalesce("Costs", '') || ' ' || coalesce("Transferability", '') || ' ' || coalesce("Partners", '')), 'D')
            """, stored: true);
        builder.HasIndex(SearchVector).HasMethod("GIN");
        builder.HasIndex(t => new { t.BestPracticeId, t.Language }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_BestPracticeTexts_Language", "\"Language\" IN ('de', 'en')"));
    }
}

internal sealed class BestPracticeReviewConfiguration : IEntityTypeConfiguration<BestPracticeReview>
{
    public void Configure(EntityTypeBuilder<BestPracticeReview> builder)
    {
        builder.ToTable("BestPracticeReviews");
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Comment).HasMaxLength(BestPracticeReview.CommentMaxLength);
        builder.Property(r => r.Reviewer).HasMaxLength(BestPracticeReview.ReviewerMaxLength);
        builder.HasIndex(r => r.BestPracticeId);
    }
}

internal sealed class BestPracticePictureConfiguration : IEntityTypeConfiguration<BestPracticePicture>
{
    public void Configure(EntityTypeBuilder<BestPracticePicture> builder)
    {
        builder.ToTable("BestPracticePictures");
        builder.Property(p => p.FileName).HasMaxLength(BestPracticePicture.FileNameMaxLength);
        builder.Property(p => p.ContentType).HasMaxLength(32);
        builder.Property(p => p.AltText).HasMaxLength(BestPracticePicture.AltTextMaxLength);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
        builder.HasIndex(p => p.BestPracticeId);
    }
}

internal sealed class BestPracticeAdoptionConfiguration : IEntityTypeConfiguration<BestPracticeAdoption>
{
    public void Configure(EntityTypeBuilder<BestPracticeAdoption> builder)
    {
        builder.Property(a => a.AdoptedBy).HasMaxLength(BestPracticeAdoption.AdoptedByMaxLength);
        builder.Property(a => a.Outcome).HasMaxLength(BestPracticeAdoption.OutcomeMaxLength);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<City>().WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        // Deleting the follow-up project deletes the record of the adoption with it.
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.BestPracticeId, a.CityId }).IsUnique();
        builder.HasIndex(a => a.ProjectId);
    }
}
