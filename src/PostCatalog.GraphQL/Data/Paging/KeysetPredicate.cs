using System.Linq.Expressions;
using System.Reflection;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Builds the predicate "row comes after (or before) the cursor row" for a multi-key ordering, expanded so any
/// SQL database can run it: <c>(k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) OR ...</c>. Pages use it behind
/// <see cref="KeysetSeek"/>'s range on the first key, which is what lets an index serve them. Each key's own direction decides
/// what "after" means, and NULL counts as the smallest value (where SQLite and LINQ to Objects sort it), so mixed
/// ASC/DESC orderings and nullable keys page without losing or repeating rows.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <param name="after">True for rows after the cursor in the ordering of <paramref name="keys"/>, false for rows before it.</param>
    /// <param name="inclusive">Whether the cursor row itself matches.</param>
    public static Expression<Func<T, bool>> Build<T>(
        IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool after, bool inclusive)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var members = keys.Select(k => ParameterReplacer.Inline(k.Selector, entity)).ToArray();

        var terms = new List<Expression>();
        var equalSoFar = new List<Expression>();
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != !after;
            if (Beyond(members[i], values[i], descending) is { } beyond)
            {
                terms.Add(Predicates.AndAll([.. equalSoFar, beyond])!);
            }

            equalSoFar.Add(Equal(members[i], values[i]));
        }

        if (inclusive)
        {
            terms.Add(Predicates.AndAll(equalSoFar)!);
        }

        var body = Predicates.OrAll(terms) ?? Expression.Constant(false);
        return Expression.Lambda<Func<T, bool>>(body, entity);
    }

    /// <summary>"Member sorts strictly after value" in one direction; null when nothing can (DESC after a null).</summary>
    /// <param name="includeNull">Whether NULL, which sorts after every value descending, counts; false when the caller reads NULLs separately.</param>
    internal static Expression? Beyond(Expression member, object? value, bool descending, bool includeNull = true)
    {
        var nullable = !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
        if (value is null)
        {
            // Null is the smallest value: every non-null sorts after it ascending, nothing after it descending.
            return descending ? null : Predicates.NotNull(member);
        }

        if (!descending)
        {
            return Greater(member, value, ExpressionType.GreaterThan);
        }

        var smaller = Greater(member, value, ExpressionType.LessThan);
        return smaller is null || !nullable || !includeNull
            ? smaller
            : Expression.OrElse(smaller, Expression.Equal(member, Expression.Constant(null, member.Type)));
    }

    internal static Expression Equal(Expression member, object? value) =>
        value is null
            ? Expression.Equal(member, Expression.Constant(null, member.Type))
            : Expression.Equal(member, ValueExpression.Create(value, member.Type));

    /// <summary>
    /// "Member is at or beyond value" (<c>&gt;=</c>, or <c>&lt;=</c> descending), false for a null member: the range
    /// conjunct a database can seek an index with. Null for booleans, whose two values make a range pointless.
    /// </summary>
    internal static Expression? AtOrBeyond(Expression member, object value, bool descending)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        return type == typeof(bool)
            ? null
            : Greater(member, value, descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
    }

    /// <summary>A comparison (strict or not; never true for a null member); null when no value compares that way.</summary>
    private static Expression? Greater(Expression member, object value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        var operand = ValueExpression.Create(value, member.Type);

        if (type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, member, operand);
            return Expression.AndAlso(
                Predicates.NotNull(member),
                Expression.MakeBinary(comparison, compare, Expression.Constant(0)));
        }

        if (type == typeof(bool))
        {
            // false < true, and bool has no ordering operators.
            var wanted = comparison == ExpressionType.GreaterThan;
            return (bool)value == wanted
                ? null
                : Expression.Equal(member, Expression.Constant(wanted, member.Type));
        }

        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = member.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(comparison, Expression.Convert(member, target), Expression.Convert(operand, target));
        }

        return Expression.MakeBinary(comparison, member, operand);
    }
}
