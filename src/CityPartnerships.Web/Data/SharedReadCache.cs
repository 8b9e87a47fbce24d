using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;

namespace CityPartnerships.Web.Data;

/// <summary>
/// Results that many requests read and that change rarely (the association's figures, a city's dashboard, the
/// list's filter options), kept in memory until the next change this instance saves, and at most
/// <see cref="Lifetime"/> (the bound for changes saved by another instance). Every saved change starts a new
/// generation; a result is stored under the generation that was current when its read began, so a read that
/// overlapped a change is never served after it. Measured in docs/benchmarks.md (issue 14).
/// Every result is kept per interface language: reads name cities in the reader's language (<c>NameIn</c>), and keys
/// that did not say so served German names ("Warschau") to English readers after a German one.
/// </summary>
public sealed class SharedReadCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private long _generation;

    /// <summary>Forgets every result; called after each saved change and committed transaction.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var generationKey = (Interlocked.Read(ref _generation), PortalCultures.Language, key);
        if (cache.TryGetValue(generationKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await read(cancellationToken);
        cache.Set(generationKey, value, Lifetime);
        return value;
    }
}

/// <summary>
/// Starts a new generation of <see cref="SharedReadCache"/> whenever this instance saves or commits a change, also one
/// written past SaveChanges (ExecuteUpdate, ExecuteDelete, SQL of our own): restoring a dismissed suggestion with an
/// ExecuteDelete left it hidden for up to a minute.
/// </summary>
public sealed class SharedReadInvalidation(SharedReadCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Invalidate(result);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Invalidate(result);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Invalidate(result);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Invalidate(result);
        return ValueTask.FromResult(result);
    }

    // A change saved inside a transaction becomes visible to other readers only now.
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.Invalidate();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }

    private void Invalidate(int savedRows)
    {
        if (savedRows > 0)
        {
            cache.Invalidate();
        }
    }
}
