using System.Globalization;
using System.Security.Claims;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Activities;
using CityPartnerships.Domain.Contacts;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Domain.Projects;
using CityPartnerships.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CityPartnerships.Web.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change to an audited record, in the same transaction as the change,
/// so the history cannot miss a saved change or show one that was rolled back. One instance per DbContext.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor httpContextAccessor, TimeProvider clock) : SaveChangesInterceptor
{
    private const string ActionAreasField = "ActionAreas";

    // What is audited. Personal records (contacts) get field names only, never values: erasing a person must not
    // leave a copy of their data in the history.
    private static readonly Dictionary<Type, (string Name, bool Personal)> _audited = new()
    {
        [typeof(Partnership)] = (nameof(Partnership), false),
        [typeof(Activity)] = (nameof(Activity), false),
        [typeof(Project)] = (nameof(Project), false),
        [typeof(Contact)] = (nameof(Contact), true),
        [typeof(AgreementDocument)] = (nameof(AgreementDocument), false),
    };

    // Action areas live in join tables; they are reported as one field of the record they belong to.
    private static readonly Dictionary<string, string> _actionAreaJoins = new()
    {
        ["PartnershipActionAreas"] = "PartnershipId",
        ["ActivityActionAreas"] = "ActivityId",
        ["ProjectActionAreas"] = "ProjectId",
    };

    // Keys, technical columns, file contents, and the cities of a partnership (fixed and named on the record).
    private static readonly HashSet<string> _notRecorded =
    [
        "Id", "Version", "PairLowCityId", "PairHighCityId", "CreatedAt", "PartnershipId", nameof(AgreementDocument.Content),
        nameof(Partnership.CityId), nameof(Partnership.PartnerCityId),
    ];

    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _pending = [];
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!_writingAudit && eventData.Context is AppDbContext db && Collect(db) && db.Database.CurrentTransaction is null)
        {
            _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Only unaudited records (e.g. data-protection keys) may be saved synchronously.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (!_writingAudit && eventData.Context is AppDbContext db && Collect(db))
        {
            _pending.Clear();
            throw new NotSupportedException("Audited records are saved with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (_writingAudit || _pending.Count == 0 || eventData.Context is not AppDbContext db)
        {
            return result;
        }

        foreach (var (entry, audit) in _pending)
        {
            // Keys of new records are known only now.
            audit.EntityId = (int)entry.Property("Id").CurrentValue!;
            audit.PartnershipId = entry.Entity is Partnership ? audit.EntityId : (int)entry.Property("PartnershipId").CurrentValue!;
            db.AuditEntries.Add(audit);
        }

        _pending.Clear();
        _writingAudit = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writingAudit = false;
        }

        if (_ownTransaction is not null)
        {
            await _ownTransaction.CommitAsync(cancellationToken);
            await _ownTransaction.DisposeAsync();
            _ownTransaction = null;
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_writingAudit)
        {
            return;
        }

        _pending.Clear();
        if (_ownTransaction is not null)
        {
            await _ownTransaction.RollbackAsync(cancellationToken);
            await _ownTransaction.DisposeAsync();
            _ownTransaction = null;
        }
    }

    /// <summary>Builds the audit entries for the pending changes; true when there are any.</summary>
    private bool Collect(AppDbContext db)
    {
        _pending.Clear();
        var entries = db.ChangeTracker.Entries().Where(e => _audited.ContainsKey(e.Metadata.ClrType)).ToList();
        if (entries.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = httpContextAccessor.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        var userName = userId is null ? "system" : user!.GetDisplayName();
        var areaChanges = ActionAreaChanges(db, entries);

        foreach (var entry in entries)
        {
            var (name, personal) = _audited[entry.Metadata.ClrType];
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                EntityState.Modified when entry.Entity is Partnership partnership && IsChanged(entry, nameof(Partnership.DeletedAt)) =>
                    partnership.DeletedAt is null ? AuditAction.Restored : AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var changes = entry.State == EntityState.Unchanged ? [] : FieldChanges(entry, personal);
            if (areaChanges.TryGetValue(entry.Entity, out var areas))
            {
                changes.Add(areas);
            }

            if (changes.Count == 0 && entry.State is not (EntityState.Added or EntityState.Deleted))
            {
                continue;
            }

            _pending.Add((entry, new AuditEntry
            {
                EntityType = name,
                Action = action,
                UserId = userId,
                UserName = userName,
                At = now,
                Changes = changes,
            }));
        }

        return _pending.Count > 0;
    }

    private static List<AuditChange> FieldChanges(EntityEntry entry, bool personal)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties.Where(p => !_notRecorded.Contains(p.Metadata.Name)))
        {
            var old = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var current = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            // A new record lists what was filled in, not every empty or false field.
            var unset = entry.State == EntityState.Added && current is null or "False";
            if (old != current && !unset)
            {
                changes.Add(personal ? new AuditChange(property.Metadata.Name, null, null) : new AuditChange(property.Metadata.Name, old, current));
            }
        }

        return changes;
    }

    private static Dictionary<object, AuditChange> ActionAreaChanges(AppDbContext db, List<EntityEntry> audited)
    {
        var result = new Dictionary<object, AuditChange>();
        var joinRows = db.ChangeTracker.Entries<Dictionary<string, object>>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted && _actionAreaJoins.ContainsKey(e.Metadata.GetTableName()!))
            .ToList();
        if (joinRows.Count == 0)
        {
            return result;
        }

        var areaNames = db.ChangeTracker.Entries<ActionArea>().ToDictionary(a => (int)a.Property("Id").CurrentValue!, a => a.Entity.Name);
        foreach (var rows in joinRows.GroupBy(e => (Table: e.Metadata.GetTableName()!, Owner: (int)e.Property(_actionAreaJoins[e.Metadata.GetTableName()!]).CurrentValue!)))
        {
            // New records carry a temporary id here, which their join rows share.
            var owner = audited.FirstOrDefault(e => e.Metadata.ClrType.Name + "ActionAreas" == rows.Key.Table
                && (int)e.Property("Id").CurrentValue! == rows.Key.Owner);
            if (owner is null)
            {
                continue;
            }

            string? Names(EntityState state) => rows.Where(e => e.State == state)
                .Select(e => areaNames.GetValueOrDefault((int)e.Property("ActionAreasId").CurrentValue!, "?"))
                .Order(StringComparer.Ordinal)
                .ToList() is { Count: > 0 } names ? string.Join(", ", names) : null;

            result[owner.Entity] = new AuditChange(ActionAreasField, Names(EntityState.Deleted), Names(EntityState.Added));
        }

        return result;
    }

    private static bool IsChanged(EntityEntry entry, string property) => entry.Property(property).IsModified
        && !Equals(entry.Property(property).OriginalValue, entry.Property(property).CurrentValue);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text when text.Length == 0 => null,
        _ => value.ToString(),
    };
}
