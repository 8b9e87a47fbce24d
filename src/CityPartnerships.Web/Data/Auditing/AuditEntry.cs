namespace CityPartnerships.Web.Data.Auditing;

/// <summary>One create, update, delete or restore of an audited record: who, when and which fields changed.</summary>
public sealed class AuditEntry
{
    public const int TypeMaxLength = 64;
    public const int KeyMaxLength = 450;

    public long Id { get; set; }

    /// <summary>The stable name of the record's type (see <see cref="AuditedTypes"/>), never a class name.</summary>
    public required string EntityType { get; set; }

    /// <summary>The record's key as text: most keys are numbers, a user's is not.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>The record whose history shows this entry: a partnership for its activities, a city for its unit, the record itself otherwise.</summary>
    public required string ScopeType { get; set; }

    public string ScopeId { get; set; } = string.Empty;

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
    Locked,
    Unlocked,
}

/// <summary>A changed field with its old and new value as text (null when empty).</summary>
public sealed record AuditChange(string Field, string? Old, string? New);

/// <summary>A record that has a history: its stable type name and its key as text.</summary>
public readonly record struct AuditScope(string Type, string Id)
{
    public static AuditScope Partnership(int id) => new(AuditedTypes.Partnership, Key(id));

    public static AuditScope City(int id) => new(AuditedTypes.City, Key(id));

    public static AuditScope Network(int id) => new(AuditedTypes.Network, Key(id));

    public static AuditScope BestPractice(int id) => new(AuditedTypes.BestPractice, Key(id));

    public static AuditScope User(string id) => new(AuditedTypes.User, id);

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
