using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data;

/// <summary>Small helpers that combine boolean expressions without leaving needless <c>true &amp;&amp;</c> nodes in the SQL.</summary>
internal static class Predicates
{
    public static Expression? AndAll(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);

    public static Expression? OrAll(IReadOnlyList<Expression> parts) =>
        parts.Count == 0 ? null : parts.Aggregate(Expression.OrElse);

    public static Expression NotNull(Expression value) =>
        value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? Expression.Constant(true)
            : Expression.NotEqual(value, Expression.Constant(null, value.Type));
}
