using CityPartnerships.Domain.Accessibility;
using CityPartnerships.Domain.Common;
using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Configurations;

internal sealed class AccessibilityFeedbackConfiguration : IEntityTypeConfiguration<AccessibilityFeedback>
{
    public void Configure(EntityTypeBuilder<AccessibilityFeedback> builder)
    {
        builder.ToTable("AccessibilityFeedback");
        builder.Property(f => f.Problem).HasMaxLength(AccessibilityFeedback.ProblemMaxLength);
        builder.Property(f => f.Page).HasMaxLength(AccessibilityFeedback.PageMaxLength);
        builder.Property(f => f.Name).HasMaxLength(AccessibilityFeedback.NameMaxLength);
        builder.Property(f => f.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(f => f.Language).HasMaxLength(ApplicationUser.LanguageMaxLength);
        builder.Property(f => f.AnsweredBy).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Ignore(f => f.IsAnswered);
        // The admins' list: newest first.
        builder.HasIndex(f => f.ReceivedAt).IsDescending();
    }
}
