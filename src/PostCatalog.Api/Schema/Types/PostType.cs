using PostCatalog.Api.Schema.Data;
using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Catalog;
using PostCatalog.GraphQL.Execution.Limits;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.Api.Schema.Types;

public static class PostType
{
    public static SchemaBuilder AddPostType(this SchemaBuilder builder) => builder
        .AddObjectType<Post>("Post", t => t
            .Description("A post of the blog, reconciled from every seed document that mentions it.")
            .AsNode(p => p.Id, (ctx, id) => ctx.ById<Post>(id, p => p.Id))
            .Field("title", "String!", p => p.Title)
            .Field("slug", "String", f => f
                .Description("The WordPress slug: the last segment of `url`. When no document gives the post's URL (`url` is null), " +
                             "derived from the title as WordPress would (\"Spotify’s FOSS Fund\" -> \"spotifys-foss-fund\", \"-2\" when taken), " +
                             "so `post(slug:)` finds every post.")
                .ReadsParent<Post>(p => p.Slug).Resolve(ctx => ctx.Parent<Post>().Slug))
            .Field("url", "URL", p => p.Url)
            .Field("wordPressId", "Int", p => p.WordPressId)
            .Field("publishedAt", "Date", p => p.PublishedAt)
            .Field("excerpt", "String", p => p.Excerpt)
            .Field("isExcerptTruncated", "Boolean!", f => f
                .Description("True when every source cut the excerpt short (\"...\", \"[…]\"); the longest text seen is served.")
                .ReadsParent<Post>(p => p.IsExcerptTruncated).Resolve(ctx => ctx.Parent<Post>().IsExcerptTruncated))
            .Field("thumbnailUrl", "URL", p => p.ThumbnailUrl)
            .Field("categories", "[Category!]!", f => f.Batched().ReadsParent<Post>(p => p.Id).ResolveAsync(ctx => ctx.CategoriesOf(ctx.Parent<Post>().Id)))
            .Field("tags", "[Tag!]!", f => f.Batched().ReadsParent<Post>(p => p.Id).ResolveAsync(ctx => ctx.TagsOf(ctx.Parent<Post>().Id)))
            .Field("authors", "[Author!]!", f => f
                .Description("The post's authors in byline order.")
                .Batched().ReadsParent<Post>(p => p.Id).ResolveAsync(async ctx => (await ctx.BylinesOf(ctx.Parent<Post>().Id)).Select(b => b.Author).ToArray()))
            .Field("bylines", "[Byline!]!", f => f
                .Description("Each author with the role printed beside the name for this post.")
                .Batched().ReadsParent<Post>(p => p.Id).ResolveAsync(ctx => ctx.BylinesOf(ctx.Parent<Post>().Id)))
            .Field("sources", "[PostSource!]!", f => f
                .Description("Provenance: every source document that mentions this post and what it said.")
                .Batched().ReadsParent<Post>(p => p.Id).ResolveAsync(ctx => ctx.SourcesOf(ctx.Parent<Post>().Id))))
        .AddObjectType<Byline>("Byline", t => t
            .Description("An author credited on a post, with the role printed beside the name for that post.")
            .Field("author", "Author!", b => b.Author)
            .Field("role", "String", b => b.Role)
            .Field("position", "Int!", f => f.Description("Order in the byline, from 0.").Resolve(ctx => ctx.Parent<Byline>().Position))
            .Field("post", "Post!", f => f.Batched().ResolveAsync(ctx => ctx.ById<Post>(ctx.Parent<Byline>().PostId, p => p.Id))))
        .AddObjectType<PostSource>("PostSource", t => t
            .Description("What one source document said about a post.")
            .Field("document", "String!", s => s.Document)
            .Field("format", "String!", s => s.Format)
            .Field("position", "String", f => f.Description("Line or element in the document.").Resolve(ctx => ctx.Parent<PostSource>().Position))
            .Field("title", "String", s => s.Title)
            .Field("excerpt", "String", s => s.Excerpt)
            .Field("dateText", "String", s => s.DateText));
}
