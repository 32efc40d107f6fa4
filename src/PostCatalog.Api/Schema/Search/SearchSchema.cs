using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Search;

/// <summary>
/// <c>searchPosts(query, where, first, after): SearchPostsConnection</c>, full-text search over titles, excerpts,
/// category and author names, best match first. Shaped like the other connections (pageInfo, edges, nodes,
/// totalCount); each hit carries its score, its post and the matching words marked up.
/// </summary>
public static class SearchSchema
{
    public const string ConnectionName = "SearchPostsConnection";

    public static SchemaBuilder AddPostSearch(this SchemaBuilder builder, CatalogSchemaOptions options)
    {
        var search = new PostSearch(options.Search);
        var paging = options.Paging;

        return builder
            .ExtendObjectType("Query", q => q.Field("searchPosts", ConnectionName, f => f
                .Description("Full-text search over title, excerpt, category and author names, ranked by relevance (bm25; title weighs most). " +
                             "Every word must match; \"quoted words\" match as a phrase, a trailing * as a prefix.")
                .Argument("query", "String!", a => a.Description("What the user typed; FTS5 syntax in it is searched as text."))
                .Argument("where", "PostFilterInput", a => a.Description("Only posts matching this filter, as in `posts(where:)`."))
                .Argument(PagingArguments.FirstName, "Int", a => a.Description("Returns the first _n_ hits."))
                .Argument(PagingArguments.AfterName, "String", a => a.Description("Returns the hits after this cursor."))
                .ResolveAsync(async ctx =>
                {
                    var first = ctx.ArgumentValue<int?>(PagingArguments.FirstName);
                    var afterText = ctx.ArgumentValue<string?>(PagingArguments.AfterName);
                    var where = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("where");
                    PagingArgumentsValidator.Validate(new PagingArguments(first, afterText), paging, ctx.Field.Coordinate, ConnectionName);

                    var match = SearchQueryText.ToTerms(ctx.ArgumentValue<string>("query"), options.Search);
                    SearchCursor? after = afterText is null ? null : SearchCursor.Decode(afterText);
                    await using var db = ctx.Catalog();
                    var (hits, hasNext) = await search.PageAsync(db, match, where, first ?? paging.DefaultPageSize, after, ctx.RequestAborted);
                    return new SearchPage(hits, hasNext, after is not null, async ct =>
                    {
                        // Its own context: totalCount resolves after this resolver's context is gone.
                        await using var countDb = ctx.Catalog();
                        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
                            search.Matches(countDb, match, where), ct);
                    });
                })))
            .AddObjectType<SearchPage>(ConnectionName, t => t
                .Description("A page of search hits, best first.")
                .Field("pageInfo", "PageInfo!", f => f.Description("Information to aid in pagination.").Resolve(ctx =>
                {
                    var page = ctx.Parent<SearchPage>();
                    return new PageInfo(page.HasNextPage, page.HasPreviousPage, page.Hits.FirstOrDefault()?.Cursor, page.Hits.LastOrDefault()?.Cursor);
                }))
                .Field("edges", "[SearchPostsEdge!]", f => f.Description("A list of edges.").Resolve(ctx => ctx.Parent<SearchPage>().Hits))
                .Field("nodes", "[SearchHit!]", f => f.Description("A flattened list of the hits.").Resolve(ctx => ctx.Parent<SearchPage>().Hits))
                .Field("totalCount", "Int!", f => f
                    .Description("How many posts match, on all pages (counted only when asked for).")
                    .ResolveAsync(ctx => ctx.Parent<SearchPage>().GetTotalCountAsync(ctx.RequestAborted))))
            .AddObjectType("SearchPostsEdge", t => HitFields(t
                .Description("An edge in the search results: its cursor and the hit's fields, so `edges { cursor score post { title } }` reads directly.")
                .Field("cursor", "String!", f => f.Description("A cursor for use in pagination.").Resolve(ctx => ctx.Parent<SearchHit>().Cursor))
                .Field("node", "SearchHit!", f => f.Description("The hit at the end of the edge.").Resolve(ctx => ctx.Parent<SearchHit>()))))
            .AddObjectType<SearchHit>("SearchHit", t => HitFields(t.Description("A post found by `searchPosts`.")));
    }

    private static TSelf HitFields<TSelf>(TSelf type) where TSelf : ObjectTypeDescriptorBase<TSelf> => type
        .Field("score", "Float!", f => f.Description("Relevance (negated bm25): higher is better; comparable within one query only.")
            .Resolve(ctx => ctx.Parent<SearchHit>().Score))
        .Field("post", "Post!", f => f.Resolve(ctx => ctx.Parent<SearchHit>().Post))
        .Field("titleHighlight", "String", f => f
            .Description("The title, HTML-escaped, with matching words in `<mark>`…`</mark>`.")
            .Resolve(ctx => ctx.Parent<SearchHit>().TitleHighlight))
        .Field("excerptHighlight", "String", f => f
            .Description("The excerpt's best matching passage, HTML-escaped, matching words in `<mark>`…`</mark>`; null without an excerpt.")
            .Resolve(ctx => ctx.Parent<SearchHit>().ExcerptHighlight));
}
