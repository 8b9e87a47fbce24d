using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityPartnerships.Web.Paging;

/// <summary>
/// Writes the row limit of a query marked with <see cref="Tag"/> into its SQL (<c>LIMIT 25</c>, not <c>LIMIT $1</c>);
/// see <see cref="PagingExtensions.PageOf"/> for why PostgreSQL needs that. EF Core sends every Take as a parameter,
/// and its own way to inline one (EF.Constant) made it write the statement's SQL anew on every execution, 8 % of the
/// register's CPU (docs/benchmarks.md). Here EF Core keeps its cached SQL and only the limit's parameter is replaced.
/// Only limits are touched: every value from a user stays a parameter.
/// </summary>
public sealed partial class FixedLimit : DbCommandInterceptor
{
    /// <summary>The query tag (<c>TagWith</c>) that asks for it; EF Core writes it as a comment above the SQL.</summary>
    public const string Tag = "fixed limit";

    public static readonly FixedLimit Instance = new();

    private const string Marker = "-- " + Tag + "\n";

    private FixedLimit()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Inline(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Inline(command);
        return ValueTask.FromResult(result);
    }

    private static void Inline(DbCommand command)
    {
        if (!command.CommandText.StartsWith(Marker, StringComparison.Ordinal))
        {
            return;
        }

        var inlined = new List<DbParameter>();
        command.CommandText = Limit().Replace(command.CommandText, match =>
        {
            var parameter = command.Parameters[match.Groups[1].Value];
            inlined.Add(parameter);
            return "LIMIT " + Convert.ToInt32(parameter.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        });
        foreach (var parameter in inlined.Distinct().Where(p => !Uses(command.CommandText, p.ParameterName)))
        {
            command.Parameters.Remove(parameter);
        }
    }

    private static bool Uses(string sql, string parameterName) =>
        Regex.IsMatch(sql, "@" + Regex.Escape(parameterName.TrimStart('@')) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\bLIMIT @(\w+)")]
    private static partial Regex Limit();
}
