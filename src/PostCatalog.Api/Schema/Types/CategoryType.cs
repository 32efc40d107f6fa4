using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Data;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

public static class CategoryType
{
    public static SchemaBuilder AddCategoryType(this SchemaBuilder builder) => builder
        .AddObjectType<Category>("Category", t => t
            .Description("A category of the blog's vocabulary, with WordPress's slug and id where a document gives them.")
            .AsNode(c => c.Id, (ctx, id) => ctx.ById<Category>(id, c => c.Id))
            .Field("name", "String!", c => c.Name)
            .Field("slug", "String!", c => c.Slug)
            .Field("wordPressId", "Int", c => c.WordPressId)
            .Field("declaredPostCount", "Int", f => f
                .Description("The post count a source document declares for the category (the blog's own count, not ours).")
                .ReadsParent<Category>(c => c.DeclaredPostCount).Resolve(ctx => ctx.Parent<Category>().DeclaredPostCount))
            .Field("postCount", "Int!", f => f
                .Description("Posts in the catalog in this category.")
                .Batched().ReadsParent<Category>(c => c.Id).ResolveAsync(ctx => ctx.PostCountOf("Category", ctx.Parent<Category>().Id)))
            .Field("posts", f => f
                .ReadsParent<Category>(c => c.Id).ParentPostConnection<Category>("Category", parent => parent.Id)
                .Resolve(ctx =>
                {
                    var id = ctx.Parent<Category>().Id;
                    return ctx.RequestCatalog().Posts.Where(p => p.Categories.Any(pc => pc.CategoryId == id));
                })));
}
