using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

public static class TagType
{
    public static SchemaBuilder AddTagType(this SchemaBuilder builder) => builder
        .AddObjectType<Tag>("Tag", t => t
            .Description("A tag the blog puts on posts.")
            .AsNode(x => x.Id, (ctx, id) => ctx.ById<Tag>(id, x => x.Id))
            .Field("name", "String!", x => x.Name)
            .Field("slug", "String!", x => x.Slug)
            .Field("postCount", "Int!", f => f.Batched().ReadsParent<Tag>(x => x.Id).ResolveAsync(ctx => ctx.PostCountOf("Tag", ctx.Parent<Tag>().Id)))
            .Field("posts", f => f
                .ReadsParent<Tag>(x => x.Id).ParentPostConnection<Tag>("Tag", parent => parent.Id)
                .Resolve(ctx =>
                {
                    var id = ctx.Parent<Tag>().Id;
                    return ctx.RequestCatalog().Posts.Where(p => p.Tags.Any(pt => pt.TagId == id));
                })));
}
