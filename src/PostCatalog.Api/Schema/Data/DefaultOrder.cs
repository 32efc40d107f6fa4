using System.Linq.Expressions;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// The order a connection pages in when the client sends no <c>order</c>. Without it the keyset falls back to the id
/// alone, which is import order, not what a reader of a blog expects.
/// </summary>
public static class DefaultOrder
{
    /// <summary>Posts: newest first (undated posts last), then by id.</summary>
    public static IReadOnlyList<SortKey> Post { get; } = [Key<Post, DateOnly?>(p => p.PublishedAt, descending: true)];

    /// <summary>
    /// Field middleware between paging and filtering: when sorting recorded no keys, it substitutes <paramref name="keys"/>,
    /// so the pager builds its ordering and cursors from them exactly as if the client had sent them.
    /// </summary>
    public static FieldDescriptor UseDefaultOrder<T>(this FieldDescriptor field, IReadOnlyList<SortKey> keys) => field
        .Use(next => async context =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Result is SortedQuery<T> { Keys.Count: 0 } sorted)
                context.Result = sorted.WithKeys(keys);
        });

    private static SortKey Key<T, TKey>(Expression<Func<T, TKey>> selector, bool descending) => new(selector, descending);
}
