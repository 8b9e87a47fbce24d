namespace CityPartnerships.Web.Data.Auditing;

/// <summary>One create, update, delete or restore of an audited record: who, when and which fields changed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The partnership the record belongs to (or is), so a partnership's history shows all of it.</summary>
    public int? PartnershipId { get; set; }

    public AuditAction Action { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public DateTime At { get; set; }

    public List<AuditChange> Changes { get; set; } = [];
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Restored,
}

/// <summary>A changed field with its old and new value as text (null when empty).</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
