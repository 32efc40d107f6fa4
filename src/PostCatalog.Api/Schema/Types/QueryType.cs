using Microsoft.EntityFrameworkCore;
using PostCatalog.Api.Schema.Data;
using PostCatalog.Api.Schema.Relay;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

/// <summary>The entry points: connections with HotChocolate's conventions, lookups by slug or URL, and Relay's node fields.</summary>
public static class QueryType
{
    public static SchemaBuilder AddCatalogQueryType(this SchemaBuilder builder, DataConventions data, CatalogSchemaOptions options) => builder
        .AddQueryType(q => q
            .AddNodeFields(options.MaxNodesBatch)
            .Field("posts", f => f
                .Description("Posts, newest first unless `order` says otherwise.")
                .PostConnection(data)
                .Resolve(ctx => ctx.Catalog().Posts))
            .Field("post", "Post", f => f
                .Description("A post by its slug or by its URL on the blog.")
                .Argument("slug", "String")
                .Argument("url", "URL")
                .ResolveAsync(ctx =>
                {
                    var slug = ctx.ArgumentValue<string?>("slug");
                    var url = ctx.ArgumentValue<Uri?>("url")?.AbsoluteUri;
                    if (slug is null && url is null) return Task.FromResult<Catalog.Post?>(null);
                    // The blog's URLs end in a slash; a link copied without it (or with one too many) is the same post.
                    var bare = url?.TrimEnd('/');
                    var withSlash = bare + "/";
                    return ctx.Catalog().Posts.FirstOrDefaultAsync(p =>
                        (slug == null || p.Slug == slug) && (url == null || p.Url == bare || p.Url == withSlash), ctx.RequestAborted);
                }))
            .Field("categories", f => f.CategoryConnection(data).Resolve(ctx => ctx.Catalog().Categories))
            .Field("category", "Category", f => f
                .Argument("slug", "String!")
                .ResolveAsync(ctx => ctx.Catalog().Categories.FirstOrDefaultAsync(c => c.Slug == ctx.ArgumentValue<string>("slug"), ctx.RequestAborted)))
            .Field("tags", f => f.TagConnection(data).Resolve(ctx => ctx.Catalog().Tags))
            .Field("tag", "Tag", f => f
                .Argument("slug", "String!")
                .ResolveAsync(ctx => ctx.Catalog().Tags.FirstOrDefaultAsync(t => t.Slug == ctx.ArgumentValue<string>("slug"), ctx.RequestAborted)))
            .Field("authors", f => f.AuthorConnection(data).Resolve(ctx => ctx.Catalog().Authors))
            .Field("author", "Author", f => f
                .Argument("slug", "String!")
                .ResolveAsync(ctx => ctx.Catalog().Authors.FirstOrDefaultAsync(a => a.Slug == ctx.ArgumentValue<string>("slug"), ctx.RequestAborted))));
}
