using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Data.Sorting;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Data;

/// <summary>
/// <c>totalCount</c> of <c>posts(where: { categories: { some: F } })</c> (or tags, authors) counted on the link table
/// through its index, the way a person tuning SQLite writes it: first whether F matches no, one or several vocabulary
/// rows (<c>LIMIT 2</c>), then <c>COUNT(*) FROM post_categories WHERE category_id = ?</c> for one (a covering index
/// range, no posts row read), or <c>COUNT(DISTINCT post_id)</c> over the link rows of several (a post in two of them
/// counts once). EF Core's own
/// shape, <c>COUNT(*) FROM posts WHERE EXISTS (...)</c>, probes the link table once per post: 70x slower at 1,000,000
/// posts (benchmarks/RESULTS.md). Only a where that is exactly one such relation filter is planned; anything else is
/// counted as EF Core translates it.
/// </summary>
public static class LinkTableCounts
{
    /// <summary>Field middleware for root post connections, placed between the default order and filtering.</summary>
    public static FieldDescriptor UseLinkTableCount(this FieldDescriptor field) => field.Use(next => async context =>
    {
        await next(context).ConfigureAwait(false);
        if (context.Result is SortedQuery<Post> sorted && ReferenceEquals(context.ObjectType, context.Schema.QueryType)
            && Plan(context.RequestCatalog(), context.ArgumentValue<IReadOnlyDictionary<string, object?>>(FilteringFieldExtensions.ArgumentName)) is { } count)
        {
            context.Result = sorted.WithPlannedCount(count);
        }
    });

    /// <summary>
    /// Field middleware for a parent's post connection (<c>Category.posts</c>): without a <c>where</c>, its
    /// <c>totalCount</c> is the parent's <c>postCount</c>, one <c>GROUP BY</c> on the link table's index for every
    /// parent of the level, remembered per catalog version, instead of a count of posts per parent.
    /// </summary>
    public static FieldDescriptor UseParentPostCount<TParent>(this FieldDescriptor field, string kind, Func<TParent, int> idOf) =>
        field.Use(next => async context =>
        {
            await next(context).ConfigureAwait(false);
            if (context.Result is SortedQuery<Post> sorted && !context.HasArgument(FilteringFieldExtensions.ArgumentName)
                && GraphQL.Data.Paging.ConnectionSelection.Reads(context, "totalCount"))
            {
                // Queued now, with the other parents of the level: the counts go out in one statement.
                var count = context.PostCountOf(kind, idOf(context.Parent<TParent>()));
                context.Result = sorted.WithPlannedCount(_ => new ValueTask<int>(count));
            }
        });

    /// <summary>The planned count for <paramref name="where"/>, or null when it is not exactly one <c>some</c> relation filter.</summary>
    public static Func<CancellationToken, ValueTask<int>>? Plan(CatalogDbContext db, IReadOnlyDictionary<string, object?>? where)
    {
        if (where is not { Count: 1 } || where.First() is not (var relation, IReadOnlyDictionary<string, object?> { Count: 1 } quantifier)
            || !quantifier.TryGetValue("some", out var value) || value is not IReadOnlyDictionary<string, object?> filter)
        {
            return null;
        }

        return relation switch
        {
            "categories" => Counting(db.Categories, CatalogFilters.Category, filter, c => c.Id, db.PostCategories, l => l.CategoryId, l => l.PostId),
            "tags" => Counting(db.Tags, CatalogFilters.Tag, filter, t => t.Id, db.PostTags, l => l.TagId, l => l.PostId),
            "authors" => Counting(db.Authors, CatalogFilters.Author, filter, a => a.Id, db.Bylines, l => l.AuthorId, l => l.PostId),
            _ => null,
        };
    }

    private static Func<CancellationToken, ValueTask<int>> Counting<TEntity, TLink>(
        IQueryable<TEntity> entities, FilterType<TEntity> type, IReadOnlyDictionary<string, object?> filter, Expression<Func<TEntity, int>> id,
        IQueryable<TLink> links, Expression<Func<TLink, int>> entityOfLink, Expression<Func<TLink, int>> postOfLink)
    {
        // Built now, so a bad filter is the same field error as without the plan.
        var matches = entities.Where(FilterExpressionBuilder.Build(type, filter)).Select(id);
        return async ct =>
        {
            var ids = await matches.Take(2).ToListAsync(ct);
            return ids.Count switch
            {
                0 => 0,
                1 => await links.Where(Equals(entityOfLink, new Box(ids[0]))).CountAsync(ct),
                _ => await links.Where(In(entityOfLink, matches)).Select(postOfLink).Distinct().CountAsync(ct),
            };
        };
    }

    /// <summary><c>l =&gt; l.CategoryId == box.Id</c>: the id as a parameter, so one statement text serves every category.</summary>
    private static Expression<Func<TLink, bool>> Equals<TLink>(Expression<Func<TLink, int>> key, Box box) =>
        Expression.Lambda<Func<TLink, bool>>(
            Expression.Equal(key.Body, Expression.Property(Expression.Constant(box), nameof(Box.Id))), key.Parameters);

    /// <summary><c>l =&gt; matches.Contains(l.CategoryId)</c>: <c>category_id IN (SELECT id FROM categories WHERE ...)</c>.</summary>
    private static Expression<Func<TLink, bool>> In<TLink>(Expression<Func<TLink, int>> key, IQueryable<int> matches) =>
        Expression.Lambda<Func<TLink, bool>>(
            Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], matches.Expression, key.Body), key.Parameters);

    private sealed class Box(int id)
    {
        public int Id { get; } = id;
    }
}
