using PostCatalog.Api.Schema.Data;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Memo;
using PostCatalog.GraphQL.Data.Filtering;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Facets;

/// <summary>
/// <c>postFacets(where): PostFacets</c>: how many of the posts matching <c>where</c> fall in each category, tag,
/// author, year and month. Each facet is its own field, so only the facets a client selects are computed, one
/// GROUP BY statement each. Counting a facet value gives the same number as
/// <c>posts(where: { and: [where, that value] }) { totalCount }</c>.
/// </summary>
public static class FacetSchema
{
    public static SchemaBuilder AddPostFacets(this SchemaBuilder builder, CatalogSchemaOptions options)
    {
        var limits = new PagingOptions { MaxPageSize = options.Facets.MaxValues };

        return builder
            .ExtendObjectType("Query", q => q.Field("postFacets", "PostFacets", f => f
                .Description("Post counts per category, tag, author, year and month, over the posts matching `where`.")
                .Argument("where", "PostFilterInput", a => a.Description("Count only posts matching this filter, as in `posts(where:)`."))
                .Resolve(ctx =>
                {
                    var where = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("where");
                    // Compiled here, so a bad filter (HC0026) is one error on postFacets, not one per facet.
                    return new PostFacetsQuery(where is null ? null : FilterExpressionBuilder.Build(CatalogFilters.Post, where),
                        ArgumentKey.Of(ctx, []));
                })))
            .AddObjectType<PostFacetsQuery>("PostFacets", t => t
                .Description("Counts of the filtered posts per value of each facet; only the facets selected are computed.")
                .Field("categories", "[FacetValue!]!", f => Facet(f, limits, PostFacetCounts.CategoriesAsync,
                    "Categories by post count, most first; `value` is the slug."))
                .Field("tags", "[FacetValue!]!", f => Facet(f, limits, PostFacetCounts.TagsAsync,
                    "Tags by post count, most first; `value` is the slug."))
                .Field("authors", "[FacetValue!]!", f => Facet(f, limits, PostFacetCounts.AuthorsAsync,
                    "Authors by post count, most first; `value` is the slug."))
                .Field("years", "[FacetValue!]!", f => Facet(f, limits, PostFacetCounts.YearsAsync,
                    "Publication years, newest first; `value` is the year (\"2024\"). Undated posts are in none."))
                .Field("months", "[FacetValue!]!", f => Facet(f, limits, PostFacetCounts.MonthsAsync,
                    "Publication months, newest first; `value` is \"YYYY-MM\". Undated posts are in none.")))
            .AddObjectType<FacetValue>("FacetValue", t => t
                .Description("One value of a facet and how many of the filtered posts have it.")
                .Field("value", "String!", f => f.Description("What to filter by: a slug, a year (\"2024\") or a month (\"2024-05\").")
                    .Resolve(ctx => ctx.Parent<FacetValue>().Value))
                .Field("label", "String!", f => f.Description("What to show: the name, or the year or month.")
                    .Resolve(ctx => ctx.Parent<FacetValue>().Label))
                .Field("count", "Int!", f => f.Description("Posts matching the filter with this value.")
                    .Resolve(ctx => ctx.Parent<FacetValue>().Count))
                .Field("category", "Category", f => f.Description("The category, in the `categories` facet.")
                    .ResolveAsync(ctx => Entity<Category>(ctx, FacetKind.Category, c => c.Id)))
                .Field("tag", "Tag", f => f.Description("The tag, in the `tags` facet.")
                    .ResolveAsync(ctx => Entity<Tag>(ctx, FacetKind.Tag, t => t.Id)))
                .Field("author", "Author", f => f.Description("The author, in the `authors` facet.")
                    .ResolveAsync(ctx => Entity<Author>(ctx, FacetKind.Author, a => a.Id))));
    }

    private static void Facet(FieldDescriptor field, PagingOptions limits,
        Func<CatalogDbContext, PostFacetsQuery, int, CancellationToken, Task<List<FacetValue>>> count, string description) => field
        .Description(description)
        .Argument("first", "Int", a => a.Description($"At most this many values (default and maximum {limits.MaxPageSize})."))
        .ResolveAsync(async ctx =>
        {
            var first = ctx.ArgumentValue<int?>("first");
            PagingArgumentsValidator.Validate(new PagingArguments(first), limits, ctx.Field.Coordinate, "PostFacets");

            // The counts change only when the catalog does: remembered per (catalog version, facet, where, first).
            var query = ctx.Parent<PostFacetsQuery>();
            var take = first ?? limits.MaxPageSize;
            return await ctx.Memo().GetOrAddAsync($"{ctx.Field.Coordinate}:{take}:{query.MemoKey}", async ct =>
            {
                await using var db = ctx.Catalog();
                return await count(db, query, take, ct);
            }, ctx.RequestAborted);
        });

    /// <summary>The facet value's entity, batched with the other values of the list (one query per facet).</summary>
    private static Task<T?> Entity<T>(IResolverContext ctx, FacetKind kind, Func<T, int> keyOf) where T : class =>
        ctx.Parent<FacetValue>() is { EntityId: { } id } value && value.Kind == kind
            ? ctx.ById(id, keyOf)
            : Task.FromResult<T?>(null);
}
