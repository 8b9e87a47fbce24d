using Microsoft.EntityFrameworkCore;

namespace CityPartnerships.Web.Paging;

public interface IPagedResult
{
    int Page { get; }

    int TotalPages { get; }

    int TotalCount { get; }
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IPagedResult
{
    public int TotalPages => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    /// <summary>One page of an ordered query plus the total count; a page number out of range is clamped.</summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(this IQueryable<T> query, int page,
        CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var total = await query.CountAsync(cancellationToken);
        var lastPage = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, lastPage);
        var items = await query.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, current, pageSize, total);
    }
}
