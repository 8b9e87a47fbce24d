namespace CityPartnerships.Web.Paging;

public interface IPagedResult
{
    int Page { get; }

    int TotalPages { get; }

    int TotalCount { get; }

    /// <summary>True when counting stopped early: there are more than <see cref="TotalCount"/> entries.</summary>
    bool IsCountCapped { get; }

    /// <summary>Where the next page starts (the last row shown), when the list pages by position rather than by number.</summary>
    string? NextAfter { get; }

    /// <summary>Where the previous page ends (the first row shown), when the list pages by position.</summary>
    string? PreviousBefore { get; }
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool IsCountCapped = false) : IPagedResult
{
    /// <summary>The number of pages; with a capped count, the pages known so far plus the next one.</summary>
    public int TotalPages => Math.Max(1, (int)Math.Ceiling((TotalCount + (IsCountCapped ? 1 : 0)) / (double)PageSize));

    public string? NextAfter { get; init; }

    public string? PreviousBefore { get; init; }
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    /// <summary>
    /// The rows of page <paramref name="page"/> (from 1). The page size is written into the SQL, not sent as a
    /// parameter, and the first page has no OFFSET: PostgreSQL prices a generic plan with an unknown LIMIT as if it
    /// read a tenth of the table, so it planned such a statement anew on every execution, which cost more than running
    /// it (docs/benchmarks.md, issue 14). With a fixed LIMIT it keeps one plan per pooled connection.
    /// </summary>
    public static IQueryable<T> PageOf<T>(this IQueryable<T> ordered, int page, int pageSize = DefaultPageSize) =>
        page <= 1 ? ordered.TakeFixed(pageSize) : ordered.Skip((page - 1) * pageSize).TakeFixed(pageSize);

    /// <summary>The first <paramref name="count"/> rows, with the count in the SQL (see <see cref="PageOf"/> and <see cref="FixedLimit"/>).</summary>
    public static IQueryable<T> TakeFixed<T>(this IQueryable<T> query, int count) => query.TagWith(FixedLimit.Tag).Take(count);

    /// <summary>One page of an ordered query plus the total count; a page number out of range is clamped.</summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> query, int page,
        CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var total = await query.CountAsync(cancellationToken);
        var current = ClampPage(page, total, pageSize);
        var items = await query.PageOf(current, pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, current, pageSize, total);
    }

    /// <summary>One page of an ordered query whose total is already known (read with other figures), without counting again.</summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> query, int page, int total,
        CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var current = ClampPage(page, total, pageSize);
        var items = await query.PageOf(current, pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, current, pageSize, total);
    }

    /// <summary>One page of a list already in memory; a page number out of range is clamped.</summary>
    public static PagedResult<T> ToPagedResult<T>(this IReadOnlyList<T> all, int page, int pageSize = DefaultPageSize)
    {
        var current = ClampPage(page, all.Count, pageSize);
        return new PagedResult<T>([.. all.Skip((current - 1) * pageSize).Take(pageSize)], current, pageSize, all.Count);
    }

    /// <summary>The page number within 1 and the last page of <paramref name="total"/> entries.</summary>
    public static int ClampPage(int page, int total, int pageSize) => Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));

    /// <summary>How many entries past the start of the current page a capped count looks at.</summary>
    public const int CountAhead = 1000;

    /// <summary>
    /// One page of <paramref name="ordered"/>, with a count of <paramref name="filtered"/> (the same rows, neither
    /// ordered nor projected) that stops <see cref="CountAhead"/> entries past the start of the page. Counting every
    /// match of a broad filter over tens of thousands of rows costs more than the page itself (docs/benchmarks.md);
    /// nobody pages through a thousand entries, and the pager still offers the next page.
    /// </summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T, TFiltered>(this IQueryable<T> ordered, IQueryable<TFiltered> filtered,
        int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var skip = (long)(Math.Max(page, 1) - 1) * pageSize;
        var limit = (int)Math.Min(skip + CountAhead, int.MaxValue - 1);
        // The first page's count, the one nearly every visit asks for, with its limit in the SQL too (see PageOf).
        var counted = await (skip == 0 ? filtered.TakeFixed(limit + 1) : filtered.Take(limit + 1)).CountAsync(cancellationToken);
        var isCapped = counted > limit;
        var total = isCapped ? limit : counted;
        var lastPage = isCapped ? int.MaxValue : Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, lastPage);
        var items = await ordered.PageOf(current, pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, current, pageSize, total, isCapped);
    }
}
