using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Partnerships;
using CityPartnerships.Web.Data.Configurations;
using CityPartnerships.Web.Identity;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CityPartnerships.Web.Features.Partnerships;

/// <summary>
/// Every change to a partnership and its records (activities, projects, contacts, documents) goes through here: the
/// viewer must be allowed to change the partnership, a record must belong to it (an id of another partnership's
/// record typed into an address is not found), and whatever happens while saving — a broken domain rule, someone
/// else's save or delete in between, a double click — comes back as a <see cref="ChangeResult"/>, never an exception.
/// </summary>
public sealed class PartnershipChanges(AppDbContext db, SecurityEvents securityEvents)
{
    private const string VersionProperty = nameof(Partnership.Version);

    // A change that does not depend on what the user saw is applied again to the current record this often.
    private const int MaxAttempts = 3;

    /// <summary>
    /// For a page that answers 404 to an id the viewer may not read: when the partnership exists, someone asked for
    /// another city's internal record, which is a security event.
    /// </summary>
    public async Task RecordIfHiddenAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Partnerships.AnyAsync(p => p.Id == id, cancellationToken))
        {
            await securityEvents.RecordAccessDeniedAsync($"404 internal partnership {id}");
        }
    }

    /// <summary>The partnership, if the viewer may change it; with its action areas for a page that changes them.</summary>
    public async Task<ForChange<Partnership>> PartnershipAsync(Viewer viewer, int id, CancellationToken cancellationToken,
        bool withActionAreas = false)
    {
        IQueryable<Partnership> partnerships = withActionAreas ? db.Partnerships.Include(p => p.ActionAreas) : db.Partnerships;
        var partnership = await partnerships.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null || !viewer.CanRead(partnership.CityId, partnership.PartnerCityId, partnership.IsInternal))
        {
            if (partnership is not null)
            {
                await securityEvents.RecordAccessDeniedAsync($"404 internal partnership {id}");
            }

            // An internal record of other cities is not even confirmed to exist.
            return new(ChangeOutcome.NotFound, null);
        }

        return viewer.CanChange(partnership.CityId, partnership.PartnerCityId)
            ? new(ChangeOutcome.Done, partnership)
            : new(ChangeOutcome.Forbidden, null);
    }

    /// <summary>A record of a partnership the viewer may change; <paramref name="include"/> loads what the change needs.</summary>
    public async Task<(ForChange<Partnership> Partnership, T? Record)> RecordAsync<T>(Viewer viewer, int partnershipId, int id,
        CancellationToken cancellationToken, Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : class, IPartnershipRecord
    {
        var partnership = await PartnershipAsync(viewer, partnershipId, cancellationToken);
        if (partnership.Record is null)
        {
            return (partnership, null);
        }

        var records = include is null ? db.Set<T>() : include(db.Set<T>());
        // By column name: EF Core does not translate members of the interface on a type parameter.
        var record = await records.SingleOrDefaultAsync(
            r => EF.Property<int>(r, nameof(IPartnershipRecord.Id)) == id
                && EF.Property<int>(r, nameof(IPartnershipRecord.PartnershipId)) == partnershipId, cancellationToken);
        return record is null ? (new(ChangeOutcome.NotFound, null), null) : (partnership, record);
    }

    /// <summary>
    /// Changes the partnership. With <paramref name="expectedVersion"/> (an edit form) a save over someone else's
    /// change is a <see cref="ChangeOutcome.Conflict"/>; without it (confirm, end) the change is applied again to the
    /// current record, since it does not depend on what the user saw.
    /// </summary>
    public async Task<ChangeResult> ChangeAsync(Viewer viewer, int id, Func<Partnership, Task> change, CancellationToken cancellationToken,
        uint? expectedVersion = null, bool withActionAreas = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await PartnershipAsync(viewer, id, cancellationToken, withActionAreas);
            if (loaded.Record is not { } partnership)
            {
                return loaded.Outcome == ChangeOutcome.NotFound && await WasDeletedAsync(viewer, id, cancellationToken)
                    ? ChangeResult.Gone
                    : Refusal(loaded.Outcome, attempt);
            }

            var result = await SaveAsync(partnership, async () =>
            {
                await change(partnership);
                await EnsureNoActiveDuplicateAsync(partnership, cancellationToken);
            }, expectedVersion, cancellationToken);
            if (result.Outcome != ChangeOutcome.Conflict || expectedVersion is not null || attempt == MaxAttempts)
            {
                return result;
            }
        }
    }

    /// <summary>Moves the partnership to the deleted ones (an admin can restore it). Deleting it twice is no error.</summary>
    public async Task<ChangeResult> DeleteAsync(Viewer viewer, int id, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var result = await ChangeAsync(viewer, id, p =>
        {
            p.Delete(nowUtc);
            return Task.CompletedTask;
        }, cancellationToken);
        // Gone: deleted by a double click or a colleague a moment earlier, which is what the user wanted.
        return result.Outcome == ChangeOutcome.Gone ? ChangeResult.Done : result;
    }

    /// <summary>Logs a new partnership of the viewer's own city; <paramref name="create"/> builds it through the domain's rules.</summary>
    public async Task<(ChangeResult Result, int Id)> CreateAsync(Viewer viewer, Func<Task<Partnership>> create, CancellationToken cancellationToken)
    {
        if (!viewer.CanCreate)
        {
            return (ChangeResult.Forbidden, 0);
        }

        Partnership? created = null;
        var result = await SaveAsync(null, async () =>
        {
            created = await create();
            if (!created.Involves(viewer.CityId!.Value))
            {
                throw new InvalidOperationException("Staff log partnerships of their own city only.");
            }

            await EnsureNoActiveDuplicateAsync(created, cancellationToken);
            db.Partnerships.Add(created);
        }, null, cancellationToken);
        return (result, result.IsDone ? created!.Id : 0);
    }

    /// <summary>Brings a deleted partnership back (admins only), unless an active one of the same kind took its place.</summary>
    public async Task<ChangeResult> RestoreAsync(Viewer viewer, int id, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin)
        {
            return ChangeResult.Forbidden;
        }

        for (var attempt = 1; ; attempt++)
        {
            var partnership = await db.Partnerships.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (partnership is null)
            {
                return ChangeResult.NotFound;
            }

            var result = await SaveAsync(partnership, async () =>
            {
                partnership.Restore();
                await EnsureNoActiveDuplicateAsync(partnership, cancellationToken);
            }, null, cancellationToken);
            // A restore racing another: try once more on the current record, which says whether it is still deleted.
            if (result.Outcome != ChangeOutcome.Conflict || attempt == MaxAttempts)
            {
                return result;
            }
        }
    }

    /// <summary>Adds a record to the partnership; <paramref name="create"/> builds it through the domain's rules.</summary>
    public async Task<ChangeResult> AddAsync<T>(Viewer viewer, int partnershipId, Func<Partnership, Task<T>> create,
        CancellationToken cancellationToken)
        where T : class, IPartnershipRecord
    {
        var loaded = await PartnershipAsync(viewer, partnershipId, cancellationToken);
        if (loaded.Record is not { } partnership)
        {
            return Refusal(loaded.Outcome, 1);
        }

        return await SaveAsync(null, async () => db.Set<T>().Add(await create(partnership)), null, cancellationToken);
    }

    /// <summary>Changes a record of the partnership; a save over someone else's change is a conflict.</summary>
    public async Task<ChangeResult> ChangeRecordAsync<T>(Viewer viewer, int partnershipId, int id, uint expectedVersion,
        Func<Partnership, T, Task> change, CancellationToken cancellationToken, Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : class, IPartnershipRecord
    {
        var (partnership, record, refusal) = await LoadRecordAsync(viewer, partnershipId, id, include, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await SaveAsync(record, () => change(partnership!, record!), expectedVersion, cancellationToken);
    }

    /// <summary>Deletes a record for good (its history stays). A record already deleted is <see cref="ChangeOutcome.Gone"/>.</summary>
    public async Task<ChangeResult> DeleteRecordAsync<T>(Viewer viewer, int partnershipId, int id, CancellationToken cancellationToken,
        Func<IQueryable<T>, IQueryable<T>>? include = null, Action<T>? deleting = null)
        where T : class, IPartnershipRecord
    {
        var (partnership, record, refusal) = await LoadRecordAsync(viewer, partnershipId, id, include, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        deleting?.Invoke(record!);
        var result = await SaveAsync(record, () =>
        {
            db.Set<T>().Remove(record!);
            return Task.CompletedTask;
        }, null, cancellationToken);
        return result.Outcome == ChangeOutcome.Conflict ? ChangeResult.Gone : result;
    }

    /// <summary>
    /// The record for a change, or the refusal: a record that is not on a partnership the viewer may change is gone
    /// when it no longer exists (deleted a moment ago) and not found when it belongs to another partnership (an id
    /// typed into the address).
    /// </summary>
    private async Task<(Partnership? Partnership, T? Record, ChangeResult? Refusal)> LoadRecordAsync<T>(Viewer viewer, int partnershipId,
        int id, Func<IQueryable<T>, IQueryable<T>>? include, CancellationToken cancellationToken)
        where T : class, IPartnershipRecord
    {
        var (loaded, record) = await RecordAsync(viewer, partnershipId, id, cancellationToken, include);
        if (record is not null)
        {
            return (loaded.Record, record, null);
        }

        if (loaded.Outcome == ChangeOutcome.Forbidden || !await PartnershipChangeableAsync(viewer, partnershipId, cancellationToken))
        {
            return (null, null, Refusal(loaded.Outcome, 1));
        }

        var exists = await db.Set<T>().AnyAsync(r => EF.Property<int>(r, nameof(IPartnershipRecord.Id)) == id, cancellationToken);
        return (null, null, exists ? ChangeResult.NotFound : ChangeResult.Gone);
    }

    private async Task<bool> PartnershipChangeableAsync(Viewer viewer, int partnershipId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return (await PartnershipAsync(viewer, partnershipId, cancellationToken)).Record is not null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the loaded <paramref name="record"/> (null for a new one) and saves it.
    /// With <paramref name="expectedVersion"/> the save is refused if the record has moved on since the user loaded it.
    /// </summary>
    private async Task<ChangeResult> SaveAsync(object? record, Func<Task> change, uint? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            if (record is not null && db.Entry(record).State != EntityState.Deleted)
            {
                var entry = db.Entry(record);
                if (expectedVersion is { } version)
                {
                    entry.Property(VersionProperty).OriginalValue = version;
                }

                // Action areas live in a join table: writing the row itself makes the version check cover them too.
                // (A changed version alone is no column to write, so EF would send no UPDATE and check nothing.)
                // The history records only values that really changed.
                var writable = entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsShadowProperty()
                    && p.Metadata.ValueGenerated == ValueGenerated.Never).ToList();
                if (!writable.Any(p => p.IsModified))
                {
                    writable[0].IsModified = true;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return ChangeResult.Done;
        }
        catch (DomainException error)
        {
            db.ChangeTracker.Clear();
            return ChangeResult.Invalid([error]);
        }
        catch (BrokenRulesException error)
        {
            db.ChangeTracker.Clear();
            return ChangeResult.Invalid(error.Errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved or deleted the record since it was loaded.
            var current = record is null ? null : await db.Entry(record).GetDatabaseValuesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var deleted = current is null || (current.Properties.Any(p => p.Name == nameof(Partnership.DeletedAt)) && current[nameof(Partnership.DeletedAt)] is not null);
            return deleted || !current!.Properties.Any(p => p.Name == VersionProperty)
                ? ChangeResult.Gone
                : ChangeResult.Conflict((uint)current[VersionProperty]!);
        }
        catch (DbUpdateException error) when (error.InnerException is PostgresException { ConstraintName: PartnershipConfiguration.UniqueActivePairIndex })
        {
            // Two saves at once that each passed the domain's check: the database is the last guard.
            db.ChangeTracker.Clear();
            return ChangeResult.Invalid([new DomainException(ErrorCodes.Partnership.DuplicateActive,
                "These two cities already have an active partnership of this kind.", nameof(Partnership.Kind))]);
        }
    }

    /// <summary>One active partnership of a kind between two cities (the unique index is the last guard).</summary>
    private async Task EnsureNoActiveDuplicateAsync(Partnership partnership, CancellationToken cancellationToken) =>
        partnership.EnsureNoActiveDuplicateAmong(
            await db.Partnerships.Where(Partnership.Between(partnership.CityId, partnership.PartnerCityId)).ToListAsync(cancellationToken));

    /// <summary>Whether the partnership is one the viewer could change that has been deleted (and not restored).</summary>
    private async Task<bool> WasDeletedAsync(Viewer viewer, int id, CancellationToken cancellationToken)
    {
        var deleted = await db.Partnerships.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.Id == id && p.DeletedAt != null)
            .Select(p => new { p.CityId, p.PartnerCityId })
            .SingleOrDefaultAsync(cancellationToken);
        return deleted is not null && viewer.CanChange(deleted.CityId, deleted.PartnerCityId);
    }

    // On a second attempt the partnership that was there a moment ago has been deleted by someone else.
    private static ChangeResult Refusal(ChangeOutcome outcome, int attempt) => outcome switch
    {
        ChangeOutcome.Forbidden => ChangeResult.Forbidden,
        _ when attempt > 1 => ChangeResult.Gone,
        _ => ChangeResult.NotFound,
    };
}
