using System.Linq.Expressions;
using CityPartnerships.Domain.Cities;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CityPartnerships.Web.Data;

/// <summary>
/// Lets queries call <see cref="City.NameIn(string)"/>: before a query is compiled, every such call is replaced by the
/// rule <see cref="City.NameInLanguage"/> itself, which EF Core translates to SQL (a CASE on the two name columns), so a
/// projection, a sort or a filter by the name shown runs in the database. The language stays a query parameter, so
/// one compiled query serves both languages.
/// </summary>
public sealed class CityNameTranslation : ExpressionVisitor, IQueryExpressionInterceptor
{
    public static readonly CityNameTranslation Instance = new();

    private static readonly System.Reflection.MethodInfo _nameIn = typeof(City).GetMethod(nameof(City.NameIn), [typeof(string)])!;

    private CityNameTranslation()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method != _nameIn)
        {
            return base.VisitMethodCall(node);
        }

        var rule = City.NameInLanguage;
        var city = Visit(node.Object)!;
        var language = Visit(node.Arguments[0]);
        return new ParameterReplacer(rule.Parameters[0], city, rule.Parameters[1], language).Visit(rule.Body);
    }

    private sealed class ParameterReplacer(ParameterExpression city, Expression cityValue, ParameterExpression language, Expression languageValue)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == city ? cityValue : node == language ? languageValue : node;
    }
}
