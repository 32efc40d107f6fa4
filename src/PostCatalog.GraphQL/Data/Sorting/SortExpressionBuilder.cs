using System.Linq.Expressions;
using System.Reflection;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order</c> argument (<c>[{ publishedAt: DESC }, { title: ASC }]</c>) into sort keys and applies
/// them as one <c>OrderBy</c>/<c>ThenBy</c> chain: list entries in order, and the fields of one entry in the order given.
/// </summary>
public static class SortExpressionBuilder
{
    public static IReadOnlyList<SortKey> Build<T>(SortType<T> type, IReadOnlyList<object?>? order)
    {
        var keys = new List<SortKey>();
        var entity = Expression.Parameter(typeof(T), "x");
        foreach (var entry in order ?? [])
        {
            if (entry is IReadOnlyDictionary<string, object?> fields)
            {
                Collect(type, fields, entity, entity, keys);
            }
        }

        return keys;
    }

    /// <summary>Orders the query by the keys; the first key starts the chain, every further key is a <c>ThenBy</c>.</summary>
    public static IOrderedQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("At least one sort key is needed.", nameof(keys));
        }

        var ordered = OrderBy(query, keys[0], first: true);
        foreach (var key in keys.Skip(1))
        {
            ordered = OrderBy(ordered, key, first: false);
        }

        return ordered;
    }

    private static void Collect(
        SortType type, IReadOnlyDictionary<string, object?> fields, Expression instance,
        ParameterExpression entity, List<SortKey> keys)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            var field = type.FindField(name)
                ?? throw new ArgumentException($"The field `{name}` does not exist on {type.Name}.");
            var member = ParameterReplacer.Inline(field.Member, instance);
            switch (field)
            {
                case ObjectSortField obj when value is IReadOnlyDictionary<string, object?> nested:
                    Collect(obj.ObjectType, nested, member, entity, keys);
                    break;
                case ValueSortField:
                    keys.Add(new SortKey(Expression.Lambda(member, entity), SortEnumType.IsDescending(value)));
                    break;
                default:
                    throw new ArgumentException($"The value of `{name}` must be of type {field.InputTypeName}.");
            }
        }
    }

    private static IOrderedQueryable<T> OrderBy<T>(IQueryable<T> query, SortKey key, bool first)
    {
        var name = (first, key.Descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };

        var method = ClosedMethods.GetOrAdd((name, typeof(T), key.KeyType),
            static k => QueryableMethods[k.Name].MakeGenericMethod(k.Source, k.Key));
        return (IOrderedQueryable<T>)method.Invoke(null, [query, key.Selector])!;
    }

    /// <remarks>Looked up once, and closed once per types: listing <see cref="Queryable"/>'s methods on every request was 3% of a page's allocations.</remarks>
    private static readonly Dictionary<string, MethodInfo> QueryableMethods =
        new[] { nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending) }
            .ToDictionary(name => name, name => typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, Type Source, Type Key), MethodInfo> ClosedMethods = new();
}
