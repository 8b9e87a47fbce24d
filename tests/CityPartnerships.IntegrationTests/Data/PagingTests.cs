using System.Data.Common;
using CityPartnerships.Tests.Infrastructure;
using CityPartnerships.Web.Data;
using CityPartnerships.Web.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityPartnerships.Tests.Data;

/// <summary>The capped count of long lists, against PostgreSQL (1,500 numbers from generate_series).</summary>
public sealed class PagingTests(PortalApp app)
{
    private static IQueryable<int> Numbers(Web.Data.AppDbContext db) =>
        db.Database.SqlQuery<int>($"SELECT generate_series(1, 1500) AS \"Value\"");

    [Fact]
    public async Task First_page_of_a_long_list_says_there_are_more_than_a_thousand_and_offers_the_next_page()
    {
        var page = await app.WithDbAsync(db => Numbers(db).OrderBy(n => n).ToPagedResultAsync(Numbers(db), 1, CancellationToken.None));

        Assert.True(page.IsCountCapped);
        Assert.Equal(PagingExtensions.CountAhead, page.TotalCount);
        Assert.Equal(Enumerable.Range(1, 25), page.Items);
        Assert.True(page.TotalPages > page.Page);
    }

    [Fact]
    public async Task Near_the_end_the_count_is_exact_and_a_page_past_the_end_shows_the_last_page()
    {
        var nearEnd = await app.WithDbAsync(db => Numbers(db).OrderBy(n => n).ToPagedResultAsync(Numbers(db), 30, CancellationToken.None));
        var pastEnd = await app.WithDbAsync(db => Numbers(db).OrderBy(n => n).ToPagedResultAsync(Numbers(db), 500, CancellationToken.None));

        Assert.False(nearEnd.IsCountCapped);
        Assert.Equal(1500, nearEnd.TotalCount);
        Assert.Equal(60, nearEnd.TotalPages);
        Assert.Equal(726, nearEnd.Items[0]);
        Assert.Equal(60, pastEnd.Page);
        Assert.Equal(1476, pastEnd.Items[0]);
    }

    [Fact]
    public async Task The_first_page_is_asked_with_its_size_in_the_statement_so_PostgreSQL_plans_it_once()
    {
        // With the size as a parameter PostgreSQL planned the register's page anew on every request (docs/benchmarks.md).
        var sent = new SentStatements();
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(app.ConnectionString).AddInterceptors(sent).Options);
        var from = 101; // a value from the user, which must stay a parameter
        IQueryable<int> Matching() => Numbers(db).Where(n => n >= from).OrderBy(n => n);

        var expected = await Matching().Take(50).ToListAsync(Cancel);
        var first = await Matching().PageOf(1).ToListAsync(Cancel);
        var second = await Matching().PageOf(2).ToListAsync(Cancel);

        Assert.Contains("LIMIT @", sent.Texts[0], StringComparison.Ordinal); // a Take of its own is left alone
        Assert.EndsWith("LIMIT 25", sent.Texts[1].TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", sent.Texts[1], StringComparison.Ordinal);
        Assert.Contains("LIMIT 25 OFFSET @", sent.Texts[2], StringComparison.Ordinal);
        Assert.Equal([1, 2], sent.ParameterCounts[1..]); // the search; the search and page 2's offset
        Assert.Equal(Enumerable.Range(101, 50), expected);
        Assert.Equal(expected[..25], first);
        Assert.Equal(expected[25..], second);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The statements as they went to PostgreSQL, after every interceptor of the portal's.</summary>
    private sealed class SentStatements : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public List<int> ParameterCounts { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            ParameterCounts.Add(command.Parameters.Count);
            return ValueTask.FromResult(result);
        }
    }
}
