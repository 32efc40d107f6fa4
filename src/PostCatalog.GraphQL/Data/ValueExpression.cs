using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data;

/// <summary>
/// Puts a client-supplied value into an expression tree as a captured variable rather than a literal, so EF Core
/// sends it as a SQL parameter: the SQL text (and its cached plan) is the same whatever the value, and no value is
/// ever spliced into SQL.
/// </summary>
internal static class ValueExpression
{
    public static Expression Create(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(Box<object>.Value));
    }

    private sealed class Box<T>(T value)
    {
        public readonly T Value = value;
    }
}
