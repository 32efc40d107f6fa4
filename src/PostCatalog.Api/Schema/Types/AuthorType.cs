using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

public static class AuthorType
{
    public static SchemaBuilder AddAuthorType(this SchemaBuilder builder) => builder
        .AddObjectType<Author>("Author", t => t
            .Description("A person credited in a post's byline.")
            .AsNode(a => a.Id, (ctx, id) => ctx.ById<Author>(id, a => a.Id))
            .Field("name", "String!", a => a.Name)
            .Field("slug", "String!", a => a.Slug)
            .Field("postCount", "Int!", f => f.Batched().ReadsParent<Author>(a => a.Id).ResolveAsync(ctx => ctx.PostCountOf("Author", ctx.Parent<Author>().Id)))
            .Field("bylines", "[Byline!]!", f => f
                .Description("The author's bylines, newest post first, each with the role printed for that post.")
                .Batched().ReadsParent<Author>(a => a.Id).ResolveAsync(ctx => ctx.BylinesByAuthor(ctx.Parent<Author>().Id)))
            .Field("posts", f => f
                .ReadsParent<Author>(a => a.Id).ParentPostConnection<Author>("Author", parent => parent.Id)
                .Resolve(ctx =>
                {
                    var id = ctx.Parent<Author>().Id;
                    return ctx.RequestCatalog().Posts.Where(p => p.Bylines.Any(b => b.AuthorId == id));
                })));
}
