using CityPartnerships.Domain.BestPractices;
using CityPartnerships.Domain.Common;
using CityPartnerships.Domain.Projects;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CityPartnerships.Web.Features.BestPractices;

/// <summary>What a change to a practice is, which decides who may make it.</summary>
public enum PracticeChange
{
    /// <summary>Writing and submitting: the practice's own city staff (admins may correct).</summary>
    Edit,

    /// <summary>Publishing or asking for changes: admins.</summary>
    Review,

    /// <summary>Taking a published practice back to draft: its city's staff or admins.</summary>
    Withdraw,
}

/// <summary>
/// Every change to a best practice goes through here: the viewer must be allowed to make it (staff on their own
/// city's practices, admins reviewing, mayors' offices never), and whatever happens while saving — a broken rule,
/// someone else's save in between — comes back as a <see cref="ChangeResult"/>. The history records each change.
/// </summary>
public sealed class BestPracticeChanges(AppDbContext db)
{
    /// <summary>A new draft of the viewer's own city; <paramref name="create"/> builds it through the domain's rules.</summary>
    public async Task<(ChangeResult Result, int Id)> CreateAsync(Viewer viewer, Func<int, Task<BestPractice>> create, CancellationToken cancellationToken)
    {
        if (!viewer.CanWritePractices)
        {
            return (ChangeResult.Forbidden, 0);
        }

        BestPractice? created = null;
        var result = await SaveAsync(null, async () =>
        {
            created = await create(viewer.CityId!.Value);
            db.BestPractices.Add(created);
        }, null, cancellationToken);
        return (result, result.IsDone ? created!.Id : 0);
    }

    /// <summary>The practice with its texts and action areas, if the viewer may make <paramref name="kind"/> of change to it.</summary>
    public async Task<ForChange<BestPractice>> PracticeAsync(Viewer viewer, int id, PracticeChange kind, CancellationToken cancellationToken,
        bool withPictures = false, bool withAdoptions = false)
    {
        IQueryable<BestPractice> practices = db.BestPractices.Include(p => p.Texts).Include(p => p.ActionAreas);
        if (withPictures)
        {
            practices = practices.Include(p => p.Pictures);
        }

        if (withAdoptions)
        {
            practices = practices.Include(p => p.Adoptions);
        }

        var practice = await practices.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null || !viewer.CanReadPractice(practice.CityId, practice.Status == BestPracticeStatus.Published))
        {
            // A draft of another city is not even confirmed to exist.
            return new(ChangeOutcome.NotFound, null);
        }

        var allowed = kind switch
        {
            PracticeChange.Edit => viewer.CanEditPractice(practice.CityId),
            PracticeChange.Review => viewer.CanCurate,
            _ => viewer.CanCurate || viewer.CanEditPractice(practice.CityId),
        };
        return allowed ? new(ChangeOutcome.Done, practice) : new(ChangeOutcome.Forbidden, null);
    }

    /// <summary>
    /// Changes the practice. With <paramref name="expectedVersion"/> (an edit form) a save over someone else's change
    /// is a <see cref="ChangeOutcome.Conflict"/>.
    /// </summary>
    public async Task<ChangeResult> ChangeAsync(Viewer viewer, int id, PracticeChange kind, Func<BestPractice, Task> change,
        CancellationToken cancellationToken, uint? expectedVersion = null, bool withPictures = false)
    {
        var loaded = await PracticeAsync(viewer, id, kind, cancellationToken, withPictures);
        if (loaded.Record is not { } practice)
        {
            return loaded.Outcome == ChangeOutcome.Forbidden ? ChangeResult.Forbidden : ChangeResult.NotFound;
        }

        return await SaveAsync(practice, () => change(practice), expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Records that the viewer's city adopts a published practice: a follow-up project on one of the city's own
    /// partnerships, linked to the practice.
    /// </summary>
    public async Task<(ChangeResult Result, int ProjectId)> AdoptAsync(Viewer viewer, int id, int partnershipId, string projectTitle,
        string adoptedBy, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!viewer.CanWritePractices)
        {
            return (ChangeResult.Forbidden, 0);
        }

        var practice = await db.BestPractices.Include(p => p.Adoptions)
            .SingleOrDefaultAsync(p => p.Id == id && p.Status == BestPracticeStatus.Published, cancellationToken);
        if (practice is null)
        {
            return (ChangeResult.NotFound, 0);
        }

        var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == partnershipId, cancellationToken);
        if (partnership is null || !partnership.Involves(viewer.CityId!.Value))
        {
            return (ChangeResult.Invalid([new DomainException(ErrorCodes.BestPractice.AdoptPartnership,
                "Choose one of your city's partnerships.", "PartnershipId")]), 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Project? project = null;
        var result = await SaveAsync(null, () =>
        {
            project = new Project(partnership.Id, projectTitle);
            db.Projects.Add(project);
            return Task.CompletedTask;
        }, null, cancellationToken);
        if (!result.IsDone)
        {
            return (result, 0);
        }

        result = await SaveAsync(practice, () =>
        {
            practice.Adopt(viewer.CityId!.Value, project!.Id, adoptedBy, nowUtc);
            return Task.CompletedTask;
        }, null, cancellationToken);
        if (!result.IsDone)
        {
            return (result, 0);
        }

        await transaction.CommitAsync(cancellationToken);
        return (result, project!.Id);
    }

    /// <summary>The adopting city writes what came of it.</summary>
    public async Task<ChangeResult> RecordOutcomeAsync(Viewer viewer, int practiceId, int adoptionId, string? outcome, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var adoption = await db.BestPracticeAdoptions.SingleOrDefaultAsync(a => a.Id == adoptionId && a.BestPracticeId == practiceId, cancellationToken);
        if (adoption is null)
        {
            return ChangeResult.NotFound;
        }

        if (!viewer.IsAdmin && !(viewer.IsStaff && viewer.CityId == adoption.CityId))
        {
            return ChangeResult.Forbidden;
        }

        return await SaveAsync(adoption, () =>
        {
            adoption.RecordOutcome(outcome, nowUtc);
            return Task.CompletedTask;
        }, null, cancellationToken);
    }

    private async Task<ChangeResult> SaveAsync(object? record, Func<Task> change, uint? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            if (record is not null)
            {
                var entry = db.Entry(record);
                if (expectedVersion is { } version)
                {
                    entry.Property(nameof(BestPractice.Version)).OriginalValue = version;
                }

                // Texts, areas and pictures live in other tables: writing the row itself makes the version check cover
                // them too (the history records only values that really changed).
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
            var current = record is null ? null : await db.Entry(record).GetDatabaseValuesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return current is null ? ChangeResult.Gone : ChangeResult.Conflict((uint)current[nameof(BestPractice.Version)]!);
        }
    }
}
