using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// The rows after a cursor, as predicates a database can answer with an index seek instead of a scan.
/// <para>
/// <see cref="KeysetPredicate"/>'s plain form, <c>k1 &gt; v1 OR (k1 = v1 AND id &gt; idv)</c>, is correct but is an
/// OR at the top: SQLite cannot turn it into a range on the index of <c>k1</c>, so a deep page reads every row before
/// the cursor. Here the first key also gets a range conjunct: <c>k1 &gt;= v1 AND (k1 &gt; v1 OR (k1 = v1 AND ...))</c>
/// (<c>&lt;=</c> descending), which is a seek.
/// </para>
/// <para>
/// NULL cannot sit in a range: SQLite sorts it lowest, so when the first key is nullable its NULL rows form a block of
/// their own, first ascending and last descending. The rows after a cursor are then up to two <em>segments</em>, in
/// order: the rest of the cursor's block (non-null: the range above; null: <c>k1 IS NULL AND (rest of the keys after
/// the cursor)</c>), and the whole other block when it comes later (<c>k1 IS NULL</c> after a dated cursor descending,
/// <c>k1 IS NOT NULL</c> after an undated one ascending). The pager reads a segment only when the ones before it ran out.
/// </para>
/// </summary>
internal static class KeysetSeek
{
    /// <summary>Predicates whose concatenation, in order, is exactly the rows after the cursor in <paramref name="keys"/>' ordering.</summary>
    /// <param name="keys">The ordering as it is fetched (already reversed for backward paging).</param>
    /// <param name="values">The cursor's value for each key.</param>
    /// <param name="inclusive">Whether the cursor row itself belongs to the first segment.</param>
    public static IReadOnlyList<Expression<Func<T, bool>>> Segments<T>(
        IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool inclusive)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        var first = ParameterReplacer.Inline(keys[0].Selector, entity);
        var descending = keys[0].Descending;
        var rest = RestAfter<T>(keys, values, inclusive, entity);
        var nullable = CanBeNull(first);

        if (values[0] is null)
        {
            // The cursor is in the NULL block: its rest, then (ascending) every non-null row.
            var isNull = Expression.Equal(first, Expression.Constant(null, first.Type));
            var segments = new List<Expression<Func<T, bool>>> { Lambda<T>(Expression.AndAlso(isNull, rest), entity) };
            if (!descending) segments.Add(Lambda<T>(Predicates.NotNull(first), entity));
            return segments;
        }

        // k1 beyond v1, or k1 = v1 and the rest of the keys beyond theirs; nulls never match (they are their own block).
        var value = values[0]!;
        var strictlyBeyond = KeysetPredicate.Beyond(first, value, descending, includeNull: false);
        var tail = Expression.AndAlso(KeysetPredicate.Equal(first, value), rest);
        Expression body = strictlyBeyond is null ? tail : Expression.OrElse(strictlyBeyond, tail);
        if (KeysetPredicate.AtOrBeyond(first, value, descending) is { } range) body = Expression.AndAlso(range, body);

        var afterCursor = Lambda<T>(body, entity);
        return descending && nullable
            ? [afterCursor, Lambda<T>(Expression.Equal(first, Expression.Constant(null, first.Type)), entity)]
            : [afterCursor];
    }

    /// <summary>"The keys after the first are beyond the cursor's" (or at it, when inclusive); a constant when there are none.</summary>
    private static Expression RestAfter<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool inclusive, ParameterExpression entity)
    {
        if (keys.Count == 1) return Expression.Constant(inclusive);
        var rest = KeysetPredicate.Build<T>([.. keys.Skip(1)], [.. values.Skip(1)], after: true, inclusive);
        return ParameterReplacer.Inline(rest, entity);
    }

    /// <summary>
    /// Whether the key can be NULL: nullable value types, and reference types unless the entity's own member is declared
    /// non-nullable (<c>string Title</c>, as EF Core maps to NOT NULL), so that no NULL block is sought that cannot exist.
    /// A member reached through a navigation (<c>x.Writer.Name</c>) can be NULL whatever its declaration.
    /// </summary>
    private static bool CanBeNull(Expression member)
    {
        if (member.Type.IsValueType) return Nullable.GetUnderlyingType(member.Type) is not null;
        if (member is not MemberExpression { Expression: ParameterExpression } access) return true;
        return DeclaredNullable.GetOrAdd(access.Member, member =>
        {
            // NullabilityInfoContext is not thread-safe: one per member, and the answer is kept.
            var context = new NullabilityInfoContext();
            var info = member switch
            {
                PropertyInfo property => context.Create(property),
                FieldInfo field => context.Create(field),
                _ => null,
            };
            return info?.ReadState != NullabilityState.NotNull;
        });
    }

    private static readonly ConcurrentDictionary<MemberInfo, bool> DeclaredNullable = new();

    private static Expression<Func<T, bool>> Lambda<T>(Expression body, ParameterExpression entity) =>
        Expression.Lambda<Func<T, bool>>(body, entity);
}
