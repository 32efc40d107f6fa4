using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

/// <summary>The entry points: connections with HotChocolate's conventions, lookups by slug or URL, and Relay's node fields.</summary>
public static class QueryType
{
    public static SchemaBuilder AddCatalogQueryType(this SchemaBuilder builder, CatalogSchemaOptions options) => builder
        .AddQueryType(q => q
            .AddNodeFields(options.MaxNodesBatch)
            .Field("posts", f => f
                .Description("Posts, newest first unless `order` says otherwise.")
                .PostConnection()
                .Resolve(ctx => ctx.RequestCatalog().Posts))
            .Field("post", "Post", f => f
                .Description("A post by its slug or by its URL on the blog.")
                .Argument("slug", "String")
                .Argument("url", "URL")
                .ResolveAsync(async ctx =>
                {
                    var slug = ctx.ArgumentValue<string?>("slug");
                    var url = ctx.ArgumentValue<Uri?>("url")?.AbsoluteUri;
                    if (slug is null && url is null) return null;
                    // The blog's URLs end in a slash; a link copied without it (or with one too many) is the same post.
                    var bare = url?.TrimEnd('/');
                    await using var db = ctx.Catalog();
                    return await CompiledCatalogQueries.PostBySlugOrUrl(db, slug, bare, bare is null ? null : bare + "/");
                }))
            .Field("categories", f => f.CategoryConnection().Resolve(ctx => ctx.RequestCatalog().Categories))
            .Field("category", "Category", f => f
                .Argument("slug", "String!")
                .ResolveAsync(async ctx =>
                {
                    await using var db = ctx.Catalog();
                    return await CompiledCatalogQueries.CategoryBySlug(db, ctx.ArgumentValue<string>("slug"));
                }))
            .Field("tags", f => f.TagConnection().Resolve(ctx => ctx.RequestCatalog().Tags))
            .Field("tag", "Tag", f => f
                .Argument("slug", "String!")
                .ResolveAsync(async ctx =>
                {
                    await using var db = ctx.Catalog();
                    return await CompiledCatalogQueries.TagBySlug(db, ctx.ArgumentValue<string>("slug"));
                }))
            .Field("authors", f => f.AuthorConnection().Resolve(ctx => ctx.RequestCatalog().Authors))
            .Field("author", "Author", f => f
                .Argument("slug", "String!")
                .ResolveAsync(async ctx =>
                {
                    await using var db = ctx.Catalog();
                    return await CompiledCatalogQueries.AuthorBySlug(db, ctx.ArgumentValue<string>("slug"));
                })));
}
