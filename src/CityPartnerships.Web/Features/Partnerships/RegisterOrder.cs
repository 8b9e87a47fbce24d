using System.Globalization;
using System.Linq.Expressions;
using CityPartnerships.Domain.Partnerships;
using Microsoft.EntityFrameworkCore.Query;

namespace CityPartnerships.Web.Features.Partnerships;

/// <summary>
/// One of the register's sort orders: a sort value and the id, both in the same direction, each pair served by an
/// index. Besides ordering, it reads the rows right after (or before) a given row — keyset paging: the "next" and
/// "previous" links carry the position of the last or first row shown, and PostgreSQL starts the page there in the
/// index instead of counting its way through every earlier row (OFFSET), so page 1,000 costs what page 1 costs.
/// Entries without a date sort as if dated after every real date (ascending) or before every real one (descending),
/// so they come last either way; the indexes are on the same expressions (KeysetPaging migration).
/// </summary>
public abstract class RegisterOrder
{
    // Each order is made once: an order compiles its key to read positions from rows, which costs more than the rest
    // of building the page's query (docs/benchmarks.md, issue 14).
    private static readonly RegisterOrder _city = new Keyed<string>(r => r.CityName, true, Text, ParseText, boundName: true);
    private static readonly RegisterOrder _cityDescending = new Keyed<string>(r => r.CityName, false, Text, ParseText, boundName: true);
    private static readonly RegisterOrder _partner = new Keyed<string>(r => r.PartnerName, true, Text, ParseText, boundName: true);
    private static readonly RegisterOrder _partnerDescending = new Keyed<string>(r => r.PartnerName, false, Text, ParseText, boundName: true);

    // Kinds and statuses in the order the forms and filters list them (twinning first; a partnership's life from
    // proposed to ended), the same in both languages: sorted by their stored names they came out as "Contact,
    // Friendship, ProjectPartnership, Twinning", which in German reads as no order at all. The indexes are on these
    // very expressions (migration KindAndStatusOrder).
    public static readonly Expression<Func<PartnershipRowView, int>> KindRank = r =>
        r.Kind == PartnershipKind.Twinning ? 0 : r.Kind == PartnershipKind.Friendship ? 1 : r.Kind == PartnershipKind.Contact ? 2 : 3;

    public static readonly Expression<Func<PartnershipRowView, int>> StatusRank = r =>
        r.Status == PartnershipStatus.Proposed ? 0 : r.Status == PartnershipStatus.Active ? 1 : r.Status == PartnershipStatus.Dormant ? 2 : 3;

    private static readonly RegisterOrder _kind = new Keyed<int>(KindRank, true, Rank, ParseRank);
    private static readonly RegisterOrder _kindDescending = new Keyed<int>(KindRank, false, Rank, ParseRank);
    private static readonly RegisterOrder _status = new Keyed<int>(StatusRank, true, Rank, ParseRank);
    private static readonly RegisterOrder _statusDescending = new Keyed<int>(StatusRank, false, Rank, ParseRank);

    // The sentinels are written out (not DateOnly.MaxValue) so that EF Core sends them as constants, not parameters:
    // the indexes are on these very expressions. Npgsql writes the largest and smallest DateOnly as 'infinity'.
    private static readonly RegisterOrder _since = new Keyed<DateOnly>(r => r.StartedOn ?? new DateOnly(9999, 12, 31), true, Day, ParseDay);
    private static readonly RegisterOrder _sinceDescending = new Keyed<DateOnly>(r => r.StartedOn ?? new DateOnly(1, 1, 1), false, Day, ParseDay);
    private static readonly RegisterOrder _verified =
        new Keyed<DateTime>(r => r.LastVerifiedAt ?? new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), true, Ticks, ParseTicks);
    private static readonly RegisterOrder _verifiedDescending =
        new Keyed<DateTime>(r => r.LastVerifiedAt ?? new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), false, Ticks, ParseTicks);

    // The default, newest first, is the id alone, highest first; "descending" reverses it like every other order.
    private static readonly RegisterOrder _newest = new ById(descending: true);
    private static readonly RegisterOrder _oldest = new ById(descending: false);

    public static RegisterOrder For(string sortKey, bool descending) => (sortKey, descending) switch
    {
        ("city", false) => _city,
        ("city", true) => _cityDescending,
        ("partner", false) => _partner,
        ("partner", true) => _partnerDescending,
        ("kind", false) => _kind,
        ("kind", true) => _kindDescending,
        ("status", false) => _status,
        ("status", true) => _statusDescending,
        ("since", false) => _since,
        ("since", true) => _sinceDescending,
        ("verified", false) => _verified,
        ("verified", true) => _verifiedDescending,
        (_, false) => _newest,
        (_, true) => _oldest,
    };

    /// <summary>The rows in this order.</summary>
    public abstract IQueryable<PartnershipRowView> Apply(IQueryable<PartnershipRowView> rows);

    /// <summary>
    /// The rows after <paramref name="position"/> (with it when <paramref name="inclusive"/>) in this order, or those
    /// before it in reverse order when <paramref name="backward"/>: the next page is the first rows of the result.
    /// Null when the position is not one of this order (edited by hand): the caller pages by number instead.
    /// </summary>
    public abstract IQueryable<PartnershipRowView>? From(IQueryable<PartnershipRowView> rows, string position, bool backward, bool inclusive);

    /// <summary>Where <paramref name="row"/> stands in this order, for a link: "id:value".</summary>
    public abstract string PositionOf(PartnershipRowView row);

    private static string Text(string value) => value;

    private static bool ParseText(string text, out string value)
    {
        value = text;
        return true;
    }

    private static string Rank(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool ParseRank(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 3;

    private static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool ParseDay(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    private static string Ticks(DateTime value) => value.Ticks.ToString(CultureInfo.InvariantCulture);

    private static bool ParseTicks(string text, out DateTime value)
    {
        value = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool TrySplit(string position, out int id, out string value)
    {
        var colon = position.IndexOf(':', StringComparison.Ordinal);
        value = colon < 0 ? "" : position[(colon + 1)..];
        return int.TryParse(colon < 0 ? position : position[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private delegate bool Parser<TKey>(string text, out TKey value);

    private sealed class ById(bool descending) : RegisterOrder
    {
        public override IQueryable<PartnershipRowView> Apply(IQueryable<PartnershipRowView> rows) =>
            descending ? rows.OrderByDescending(r => r.Id) : rows.OrderBy(r => r.Id);

        public override IQueryable<PartnershipRowView>? From(IQueryable<PartnershipRowView> rows, string position, bool backward, bool inclusive)
        {
            if (!TrySplit(position, out var id, out _))
            {
                return null;
            }

            return (descending == backward, inclusive) switch
            {
                (true, false) => rows.Where(r => r.Id > id).OrderBy(r => r.Id),
                (true, true) => rows.Where(r => r.Id >= id).OrderBy(r => r.Id),
                (false, false) => rows.Where(r => r.Id < id).OrderByDescending(r => r.Id),
                (false, true) => rows.Where(r => r.Id <= id).OrderByDescending(r => r.Id),
            };
        }

        public override string PositionOf(PartnershipRowView row) => row.Id.ToString(CultureInfo.InvariantCulture);
    }

    // boundName: also bound the name alone. The name comes from the joined city, so PostgreSQL starts the walk through
    // the cities' name index there (the pair of name and id is a row value it cannot look up in that index).
    private sealed class Keyed<TKey>(Expression<Func<PartnershipRowView, TKey>> key, bool ascending, Func<TKey, string> format,
        Parser<TKey> parse, bool boundName = false) : RegisterOrder
    {
        private readonly Func<PartnershipRowView, TKey> _value = key.Compile();

        public override IQueryable<PartnershipRowView> Apply(IQueryable<PartnershipRowView> rows) =>
            ascending ? rows.OrderBy(key).ThenBy(r => r.Id) : rows.OrderByDescending(key).ThenByDescending(r => r.Id);

        public override IQueryable<PartnershipRowView>? From(IQueryable<PartnershipRowView> rows, string position, bool backward, bool inclusive)
        {
            if (!TrySplit(position, out var id, out var text) || !parse(text, out var at))
            {
                return null;
            }

            var upward = ascending != backward;
            // The pair (value, id) compared as a row value: ROW(value, id) > ROW(@value, @id), one index range.
            Expression<Func<TKey, int, bool>> compare = (upward, inclusive) switch
            {
                (true, false) => (value, rowId) => EF.Functions.GreaterThan(ValueTuple.Create(value, rowId), ValueTuple.Create(at, id)),
                (true, true) => (value, rowId) => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(value, rowId), ValueTuple.Create(at, id)),
                (false, false) => (value, rowId) => EF.Functions.LessThan(ValueTuple.Create(value, rowId), ValueTuple.Create(at, id)),
                (false, true) => (value, rowId) => EF.Functions.LessThanOrEqual(ValueTuple.Create(value, rowId), ValueTuple.Create(at, id)),
            };
            var row = key.Parameters[0];
            var body = ReplacingExpressionVisitor.Replace([compare.Parameters[0], compare.Parameters[1]],
                [key.Body, Expression.Property(row, nameof(PartnershipRowView.Id))], compare.Body);
            if (boundName && at is string name)
            {
                // Translated to SQL's >= and <=, in the database's collation like the ORDER BY; an ordinal comparison would not match it.
#pragma warning disable CA1309
                Expression<Func<string, bool>> bound = upward ? value => string.Compare(value, name) >= 0 : value => string.Compare(value, name) <= 0;
#pragma warning restore CA1309
                body = Expression.AndAlso(ReplacingExpressionVisitor.Replace(bound.Parameters[0], key.Body, bound.Body), body);
            }

            var after = rows.Where(Expression.Lambda<Func<PartnershipRowView, bool>>(body, row));
            return upward ? after.OrderBy(key).ThenBy(r => r.Id) : after.OrderByDescending(key).ThenByDescending(r => r.Id);
        }

        public override string PositionOf(PartnershipRowView row) => $"{row.Id.ToString(CultureInfo.InvariantCulture)}:{format(_value(row))}";
    }
}
