using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// Filters over a post's relations with <c>some/none/all/any</c>: posts in a category, by an author, with a tag, with a
/// byline role, and <c>authors: { any: false }</c> for posts whose author nobody printed. Compared with the same test
/// in memory, as in <see cref="PostFilterTests"/>.
/// </summary>
[Collection(CatalogApiCollection.Name)]
public sealed class RelationFilterTests(CatalogApiFactory api)
{
    private static readonly Dictionary<string, (string Where, Func<Post, bool> Matches)> Cases = new()
    {
        ["in a category"] = ("""{ categories: { some: { slug: { eq: "data-science" } } } }""", p => InCategory(p, "data-science")),
        ["in one of two categories"] = ("""{ categories: { some: { name: { in: ["Backstage", "Web"] } } } }""",
            p => p.Categories.Any(pc => pc.Category.Name is "Backstage" or "Web")),
        ["in both of two categories"] = ("""{ and: [{ categories: { some: { slug: { eq: "data" } } } }, { categories: { some: { slug: { eq: "platform" } } } }] }""",
            p => InCategory(p, "data") && InCategory(p, "platform")),
        ["not in a category"] = ("""{ categories: { none: { slug: { eq: "data" } } } }""", p => !InCategory(p, "data")),
        ["only in given categories (all, vacuous for none)"] = ("""{ categories: { all: { slug: { in: ["data", "data-science"] } } } }""",
            p => p.Categories.All(pc => pc.Category.Slug is "data" or "data-science")),
        ["with some tag"] = ("{ tags: { any: true } }", p => p.Tags.Count > 0),
        ["in a category with a WordPress id over 140"] = ("{ categories: { some: { wordPressId: { gt: 140 } } } }",
            p => p.Categories.Any(pc => pc.Category.WordPressId > 140)),
        ["by an author"] = ("""{ authors: { some: { name: { eq: "Mårten Schultzberg" } } } }""",
            p => CatalogOracle.AuthorsOf(p).Any(a => a.Name == "Mårten Schultzberg")),
        ["by an author, by slug"] = ("""{ authors: { some: { slug: { eq: "carol-cunha" } } } }""",
            p => CatalogOracle.AuthorsOf(p).Any(a => a.Slug == "carol-cunha")),
        ["no author known"] = ("{ authors: { any: false } }", p => p.Bylines.Count == 0),
        ["some author known"] = ("{ authors: { any: true } }", p => p.Bylines.Count > 0),
        ["not by an author"] = ("""{ authors: { none: { slug: { eq: "marten-schultzberg" } } } }""",
            p => CatalogOracle.AuthorsOf(p).All(a => a.Slug != "marten-schultzberg")),
        ["all authors' names contain an 'a'"] = ("""{ authors: { all: { name: { contains: "a" } } } }""",
            p => CatalogOracle.AuthorsOf(p).All(a => a.Name.Contains('a'))),
        ["with a tag"] = ("""{ tags: { some: { slug: { eq: "experimentation" } } } }""", p => p.Tags.Any(pt => pt.Tag.Slug == "experimentation")),
        ["without a tag"] = ("""{ tags: { none: { slug: { eq: "experimentation" } } } }""", p => p.Tags.All(pt => pt.Tag.Slug != "experimentation")),
        ["with no tags"] = ("{ tags: { any: false } }", p => p.Tags.Count == 0),
        ["a byline role"] = ("""{ bylines: { some: { role: { eq: "Sr. Data Scientist" } } } }""", p => p.Bylines.Any(b => b.Role == "Sr. Data Scientist")),
        ["a byline printed without a role"] = ("{ bylines: { some: { role: { eq: null } } } }", p => p.Bylines.Any(b => b.Role == null)),
        ["a third author"] = ("{ bylines: { some: { position: { gte: 2 } } } }", p => p.Bylines.Any(b => b.Position >= 2)),
        ["first-named author with a role"] = ("""{ bylines: { some: { position: { eq: 0 }, role: { startsWith: "Senior" } } } }""",
            p => p.Bylines.Any(b => b.Position == 0 && b.Role?.StartsWith("Senior", StringComparison.Ordinal) == true)),
        ["author through a byline"] = ("""{ bylines: { some: { author: { slug: { eq: "sebastian-ankargren" } } } } }""",
            p => p.Bylines.Any(b => b.Author.Slug == "sebastian-ankargren")),
        ["category and date range"] = ("""{ categories: { some: { slug: { eq: "data-science" } } }, publishedAt: { gte: "2024-01-01", lt: "2025-01-01" } }""",
            p => InCategory(p, "data-science") && p.PublishedAt >= new DateOnly(2024, 1, 1) && p.PublishedAt < new DateOnly(2025, 1, 1)),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Relation_filter_gives_the_posts_the_same_predicate_selects_in_memory(string name)
    {
        var (where, matches) = Cases[name];
        var oracle = await CatalogOracle.LoadAsync(api);
        var expected = oracle.PostIdsWhere(matches);
        Assert.InRange(expected.Length, 1, oracle.Posts.Count - 1); // a case must be able to fail

        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(first: 50, where: {where}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(expected, response.SortedIds("posts"));
        Assert.Equal(expected.Length, response.DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Posts_by_an_author_in_a_category_read_as_a_client_sees_them()
    {
        var response = await api.CreateClient().PostGraphQLAsync("""
            {
              posts(order: [{ publishedAt: ASC }], where: {
                authors: { some: { slug: { eq: "marten-schultzberg" } } }
                categories: { some: { name: { eq: "Data Science" } } }
              }) {
                totalCount
                nodes { title publishedAt categories { name } bylines { author { name } role } }
              }
            }
            """);

        Snapshot.Match(response.ToSnapshot(), "posts-by-author-in-category");
    }

    private static bool InCategory(Post post, string slug) => post.Categories.Any(pc => pc.Category.Slug == slug);
}
