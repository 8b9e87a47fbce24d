using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CityPartnerships.Web.Data.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.EntityType).HasMaxLength(AuditEntry.TypeMaxLength);
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.KeyMaxLength);
        builder.Property(a => a.ScopeType).HasMaxLength(AuditEntry.TypeMaxLength);
        builder.Property(a => a.ScopeId).HasMaxLength(AuditEntry.KeyMaxLength);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, _jsonOptions),
                json => JsonSerializer.Deserialize<List<AuditChange>>(json, _jsonOptions) ?? new List<AuditChange>(),
                new ValueComparer<List<AuditChange>>(
                    (left, right) => left!.SequenceEqual(right!),
                    changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change)),
                    changes => changes.ToList()));
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        builder.HasIndex(a => new { a.ScopeType, a.ScopeId, a.At });
    }
}
