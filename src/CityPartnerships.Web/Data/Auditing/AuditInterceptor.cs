using System.Globalization;
using CityPartnerships.Domain.ActionAreas;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Authorization;
using CityPartnerships.Web.Data.Configurations;
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
    // Keys, technical columns, and the two cities (fixed at creation and named on the record itself).
    private static readonly HashSet<string> _notRecorded =
        ["Id", "Version", "PairLowCityId", "PairHighCityId", "CreatedAt", nameof(Partnership.CityId), nameof(Partnership.PartnerCityId)];

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

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (_writingAudit || _pending.Count == 0 || eventData.Context is not AppDbContext db)
        {
            return result;
        }

        AddPendingEntries(db);
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

    private void AddPendingEntries(AppDbContext db)
    {
        foreach (var (entry, audit) in _pending)
        {
            audit.EntityId = (int)entry.Property("Id").CurrentValue!;
            db.AuditEntries.Add(audit);
        }

        _pending.Clear();
    }

    /// <summary>Builds the audit entries for the pending changes; true when there are any.</summary>
    private bool Collect(AppDbContext db)
    {
        _pending.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var user = httpContextAccessor.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
        var userName = userId is null ? "system" : user!.GetDisplayName();
        if (!db.ChangeTracker.Entries<Partnership>().Any())
        {
            return false;
        }

        var areaChanges = ActionAreaChanges(db);

        foreach (var entry in db.ChangeTracker.Entries<Partnership>())
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                EntityState.Modified when IsChanged(entry, nameof(Partnership.DeletedAt)) =>
                    entry.Entity.DeletedAt is null ? AuditAction.Restored : AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var changes = entry.State == EntityState.Unchanged ? [] : FieldChanges(entry);
            if (areaChanges.TryGetValue(entry.Entity, out var areas))
            {
                changes.Add(areas);
            }

            if (changes.Count == 0 && entry.State != EntityState.Added && entry.State != EntityState.Deleted)
            {
                continue;
            }

            _pending.Add((entry, new AuditEntry
            {
                EntityType = nameof(Partnership),
                Action = action,
                UserId = userId,
                UserName = userName,
                At = now,
                Changes = changes,
            }));
        }

        return _pending.Count > 0;
    }

    private static List<AuditChange> FieldChanges(EntityEntry entry)
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
                changes.Add(new AuditChange(property.Metadata.Name, old, current));
            }
        }

        return changes;
    }

    /// <summary>Action areas live in a join table; report them as one field of the partnership.</summary>
    private static Dictionary<Partnership, AuditChange> ActionAreaChanges(AppDbContext db)
    {
        var areaNames = db.ChangeTracker.Entries<ActionArea>().ToDictionary(a => (int)a.Property("Id").CurrentValue!, a => a.Entity.Name);
        // New partnerships carry a temporary id here, which their join rows share.
        var partnerships = db.ChangeTracker.Entries<Partnership>().ToDictionary(p => (int)p.Property("Id").CurrentValue!, p => p.Entity);
        var result = new Dictionary<Partnership, AuditChange>();
        foreach (var rows in db.ChangeTracker.Entries<Dictionary<string, object>>()
                     .Where(e => e.Metadata.GetTableName() == PartnershipConfiguration.ActionAreasJoinTable
                         && e.State is EntityState.Added or EntityState.Deleted)
                     .GroupBy(e => (int)e.Property(PartnershipConfiguration.ActionAreasJoinPartnershipKey).CurrentValue!))
        {
            if (!partnerships.TryGetValue(rows.Key, out var partnership))
            {
                continue;
            }

            string? Names(EntityState state) => rows.Where(e => e.State == state)
                .Select(e => areaNames.GetValueOrDefault((int)e.Property(PartnershipConfiguration.ActionAreasJoinAreaKey).CurrentValue!, "?"))
                .Order(StringComparer.Ordinal)
                .ToList() is { Count: > 0 } names ? string.Join(", ", names) : null;

            result[partnership] = new AuditChange(ActionAreasField, Names(EntityState.Deleted), Names(EntityState.Added));
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
