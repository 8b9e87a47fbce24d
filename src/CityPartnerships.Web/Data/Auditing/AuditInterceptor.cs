using System.Globalization;
using System.Security.Claims;
using CityPartnerships.Domain.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CityPartnerships.Web.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change to a record of the <see cref="AuditedTypes"/>, in the same
/// transaction as the change, so the history cannot miss a saved change or show one that was rolled back.
/// One instance serves every (pooled) DbContext: what a save has collected lives on the context
/// (<see cref="AppDbContext.PendingAudit"/>), never here.
/// </summary>
internal sealed class AuditInterceptor(IHttpContextAccessor httpContextAccessor, TimeProvider clock) : SaveChangesInterceptor
{
    // The property a referenced record is named by; a reference (a user's city) is stored by name, not by id.
    private const string NameProperty = "Name";

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext { PendingAudit.IsWriting: false } db)
        {
            // A pooled context may come back from a save that ended without "saved" or "failed" (the request was aborted).
            db.PendingAudit.OwnTransaction = null;
            if (await CollectAsync(db, cancellationToken) && db.Database.CurrentTransaction is null)
            {
                db.PendingAudit.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    /// <summary>Only unaudited records (e.g. data-protection keys) may be saved synchronously.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext { PendingAudit.IsWriting: false } db && HasAuditedChanges(db))
        {
            throw new NotSupportedException("Audited records are saved with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || db.PendingAudit is not { IsWriting: false, Entries.Count: > 0 } work)
        {
            return result;
        }

        foreach (var (entry, type, audit) in work.Entries)
        {
            // Keys of new records are known only now.
            audit.EntityId = KeyOf(entry);
            audit.ScopeId = type.ScopeKey is null ? audit.EntityId : Text(entry.Property(type.ScopeKey).CurrentValue);
            db.AuditEntries.Add(audit);
        }

        work.Entries.Clear();
        work.IsWriting = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            work.IsWriting = false;
        }

        if (work.OwnTransaction is { } transaction)
        {
            work.OwnTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not AppDbContext db || db.PendingAudit.IsWriting)
        {
            return;
        }

        db.PendingAudit.Entries.Clear();
        if (db.PendingAudit.OwnTransaction is { } transaction)
        {
            db.PendingAudit.OwnTransaction = null;
            await transaction.RollbackAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
    }

    private static bool HasAuditedChanges(AppDbContext db)
    {
        var links = Links(db.Model);
        return db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (AuditedTypes.For(e.Metadata.ClrType) is not null || links.ContainsKey(e.Metadata)));
    }

    /// <summary>Builds the audit entries for the pending changes; true when there are any.</summary>
    private async Task<bool> CollectAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.PendingAudit.Entries;
        pending.Clear();
        var tracked = db.ChangeTracker.Entries().ToList();
        var audited = tracked
            .Select(e => (Entry: e, Type: AuditedTypes.For(e.Metadata.ClrType)))
            .Where(e => e.Type is not null)
            .Select(e => (e.Entry, Type: e.Type!))
            .ToList();
        if (audited.Count == 0)
        {
            return false;
        }

        var names = new Names(db);
        var linkChanges = await LinkChangesAsync(db, tracked, audited, names, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var user = httpContextAccessor.HttpContext?.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        var userName = userId is null ? "system" : user!.GetDisplayName();

        foreach (var (entry, type) in audited)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                EntityState.Modified when type.State is { } state && IsChanged(entry, state.Field) =>
                    entry.Property(state.Field).CurrentValue is null ? state.Cleared : state.Set,
                _ => AuditAction.Updated,
            };
            var changes = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                ? await FieldChangesAsync(entry, type, names, cancellationToken)
                : [];
            if (linkChanges.TryGetValue(entry.Entity, out var links))
            {
                changes.AddRange(links);
            }

            if (changes.Count == 0 && entry.State is not (EntityState.Added or EntityState.Deleted))
            {
                continue;
            }

            pending.Add((entry, type, new AuditEntry
            {
                EntityType = type.Name,
                ScopeType = type.ScopeType,
                Action = action,
                UserId = userId,
                UserName = userName,
                At = now,
                Changes = changes,
            }));
        }

        return pending.Count > 0;
    }

    private static async Task<List<AuditChange>> FieldChangesAsync(EntityEntry entry, AuditedType type, Names names,
        CancellationToken cancellationToken)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties.Where(p => IsRecorded(p.Metadata, type)))
        {
            var oldValue = entry.State == EntityState.Added ? null : property.OriginalValue;
            var newValue = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            var old = Format(oldValue);
            var current = Format(newValue);
            if (type.PartialDates.TryGetValue(property.Metadata.Name, out var precisionField))
            {
                var precision = entry.Property(precisionField);
                old = PartialDateText(oldValue, entry.State == EntityState.Added ? null : precision.OriginalValue);
                current = PartialDateText(newValue, entry.State == EntityState.Deleted ? null : precision.CurrentValue);
            }
            // A new record lists what was filled in, not every empty or false field.
            var unset = entry.State == EntityState.Added && current is null or "False";
            if (old == current || unset)
            {
                continue;
            }

            var field = property.Metadata.Name;
            if (type.IsPersonal(field))
            {
                changes.Add(new AuditChange(field, null, null));
                continue;
            }

            if (NamedPrincipal(property.Metadata) is { } principal)
            {
                old = oldValue is null ? null : await names.OfAsync(principal, oldValue, cancellationToken);
                current = newValue is null ? null : await names.OfAsync(principal, newValue, cancellationToken);
            }

            changes.Add(new AuditChange(field, old, current));
        }

        return changes;
    }

    // "2016" for a year, not "2016-01-01" beside a separate "precision: year".
    private static string? PartialDateText(object? day, object? precision) =>
        day is DateOnly first && precision is DatePrecision known ? PartialDate.FromStored(first, known).ToIsoText() : Format(day);

    /// <summary>Keys, the scope's key, concurrency tokens and values the database computes say nothing to a reader.</summary>
    private static bool IsRecorded(IProperty property, AuditedType type) =>
        !property.IsPrimaryKey()
        && !type.PartialDates.Values.Contains(property.Name)
        && !property.IsConcurrencyToken
        && property.ValueGenerated is not ValueGenerated.OnAddOrUpdate
        && property.GetComputedColumnSql() is null
        && property.Name != type.ScopeKey
        && !type.Ignored.Contains(property.Name);

    private static IEntityType? NamedPrincipal(IProperty property) => property.GetContainingForeignKeys()
        .Where(fk => fk.Properties.Count == 1)
        .Select(fk => fk.PrincipalEntityType)
        .FirstOrDefault(principal => principal.FindProperty(NameProperty) is not null);

    /// <summary>Added and removed link rows (action areas, networks, roles), as one field of the record they belong to.</summary>
    private static async Task<Dictionary<object, List<AuditChange>>> LinkChangesAsync(AppDbContext db, List<EntityEntry> tracked,
        List<(EntityEntry Entry, AuditedType Type)> audited, Names names, CancellationToken cancellationToken)
    {
        var result = new Dictionary<object, List<AuditChange>>(ReferenceEqualityComparer.Instance);
        var links = Links(db.Model);
        var rows = tracked.Where(e => e.State is EntityState.Added or EntityState.Deleted && links.ContainsKey(e.Metadata)).ToList();
        foreach (var group in rows.GroupBy(e => (Link: e.Metadata, Owner: e.Property(links[e.Metadata].OwnerKey.Properties[0].Name).CurrentValue)))
        {
            var link = links[group.Key.Link];
            var ownerKey = link.OwnerKey.PrincipalKey.Properties[0].Name;
            // New records carry a temporary key here, which their link rows share.
            var owner = audited.FirstOrDefault(a => a.Type == link.Owner && Equals(a.Entry.Property(ownerKey).CurrentValue, group.Key.Owner)).Entry;
            if (owner is null)
            {
                continue;
            }

            async Task<string?> NamesAsync(EntityState state)
            {
                var list = new List<string>();
                foreach (var row in group.Where(e => e.State == state))
                {
                    list.Add(await names.OfAsync(link.TargetKey.PrincipalEntityType, row.Property(link.TargetKey.Properties[0].Name).CurrentValue!, cancellationToken));
                }

                return list.Count > 0 ? string.Join(", ", list.Order(StringComparer.Ordinal)) : null;
            }

            var change = link.Owner.IsPersonal(link.Field)
                ? new AuditChange(link.Field, null, null)
                : new AuditChange(link.Field, await NamesAsync(EntityState.Deleted), await NamesAsync(EntityState.Added));
            if (!result.TryGetValue(owner.Entity, out var changes))
            {
                result[owner.Entity] = changes = [];
            }

            changes.Add(change);
        }

        return result;
    }

    /// <summary>
    /// The link tables of the audited types, by their entity type: the join tables of many-to-many navigations,
    /// found in the EF model, and the link types an audited type names (a user's roles).
    /// </summary>
    private static Dictionary<IEntityType, (AuditedType Owner, IForeignKey OwnerKey, IForeignKey TargetKey, string Field)> Links(IModel model)
    {
        var links = new Dictionary<IEntityType, (AuditedType, IForeignKey, IForeignKey, string)>();
        foreach (var type in AuditedTypes.All)
        {
            if (model.FindEntityType(type.ClrType) is not { } entityType)
            {
                continue;
            }

            // A link is the field of the side that names its targets (a practice's action areas), not of the named side.
            foreach (var navigation in entityType.GetSkipNavigations().Where(n => n.TargetEntityType.FindProperty(NameProperty) is not null))
            {
                links.TryAdd(navigation.JoinEntityType, (type, navigation.ForeignKey, Other(navigation.JoinEntityType, navigation.ForeignKey), navigation.Name));
            }

            foreach (var link in type.Links)
            {
                var linkType = model.FindEntityType(link.LinkType)!;
                var ownerKey = linkType.GetForeignKeys().Single(fk => fk.PrincipalEntityType == entityType);
                links[linkType] = (type, ownerKey, Other(linkType, ownerKey), link.Field);
            }
        }

        return links;

        static IForeignKey Other(IEntityType linkType, IForeignKey ownerKey) => linkType.GetForeignKeys().Single(fk => fk != ownerKey);
    }

    private static bool IsChanged(EntityEntry entry, string property) => entry.Property(property).IsModified
        && !Equals(entry.Property(property).OriginalValue, entry.Property(property).CurrentValue);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text when text.Length == 0 => null,
        string text => text,
        // Lists such as the SDGs or links of a best practice.
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object>().Select(Text)) is { Length: > 0 } joined ? joined : null,
        _ => value.ToString(),
    };

    /// <summary>Names of referenced records (a city, an action area, a role), looked up once per save.</summary>
    private sealed class Names(DbContext db)
    {
        private readonly Dictionary<(IEntityType Type, object Key), string> _known = [];

        public async Task<string> OfAsync(IEntityType type, object key, CancellationToken cancellationToken)
        {
            if (!_known.TryGetValue((type, key), out var name))
            {
                var record = await db.FindAsync(type.ClrType, [key], cancellationToken);
                name = record is null ? Text(key) : Text(db.Entry(record).Property(NameProperty).CurrentValue);
                _known[(type, key)] = name;
            }

            return name;
        }
    }
}

/// <summary>What one context's save has collected for the history, between "saving" and "saved" (or "failed").</summary>
internal sealed class PendingAudit
{
    public List<(EntityEntry Entry, AuditedType Type, AuditEntry Audit)> Entries { get; } = [];

    public IDbContextTransaction? OwnTransaction { get; set; }

    /// <summary>True while the audit entries themselves are saved (that save is not audited).</summary>
    public bool IsWriting { get; set; }
}
