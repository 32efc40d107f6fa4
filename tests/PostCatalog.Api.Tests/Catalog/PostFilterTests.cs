using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Catalog;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>
/// Every operation of <c>PostFilterInput</c>'s scalar fields, sent over HTTP and compared with the same predicate
/// evaluated in memory over the imported catalog (<see cref="CatalogOracle"/>). Negated operations are the exact
/// complement of the positive ones, so a null member matches them; <c>eq: null</c> matches nulls.
/// </summary>
[Collection(CatalogApiCollection.Name)]
public sealed class PostFilterTests(CatalogApiFactory api)
{
    private static readonly DateOnly Jan2024 = new(2024, 1, 1);
    private static readonly DateOnly PlatformPart2 = new(2024, 5, 28);

    /// <summary>Case name -> (the <c>where</c> literal a client sends, the same test in C#).</summary>
    private static readonly Dictionary<string, (string Where, Func<Post, bool> Matches)> Cases = new()
    {
        // String operations (ordinal, case-sensitive).
        ["title eq"] = ("""{ title: { eq: "Switching Build Systems, Seamlessly" } }""", p => p.Title == "Switching Build Systems, Seamlessly"),
        ["title neq"] = ("""{ title: { neq: "Switching Build Systems, Seamlessly" } }""", p => p.Title != "Switching Build Systems, Seamlessly"),
        ["title contains"] = ("""{ title: { contains: "Spotify" } }""", p => p.Title.Contains("Spotify", StringComparison.Ordinal)),
        ["title startsWith is case-sensitive"] = ("""{ title: { startsWith: "data" } }""", p => p.Title.StartsWith("data", StringComparison.Ordinal)),
        ["title ncontains"] = ("""{ title: { ncontains: "Spotify" } }""", p => !p.Title.Contains("Spotify", StringComparison.Ordinal)),
        ["title in"] = ("""{ title: { in: ["Data Platform Explained Part I", "Data Platform Explained Part II", "No such post"] } }""",
            p => p.Title is "Data Platform Explained Part I" or "Data Platform Explained Part II"),
        ["title nin"] = ("""{ title: { nin: ["Data Platform Explained Part I", "Data Platform Explained Part II"] } }""",
            p => p.Title is not ("Data Platform Explained Part I" or "Data Platform Explained Part II")),
        ["title startsWith"] = ("""{ title: { startsWith: "Bringing Sequential Testing" } }""", p => p.Title.StartsWith("Bringing Sequential Testing", StringComparison.Ordinal)),
        ["title nstartsWith"] = ("""{ title: { nstartsWith: "Bringing Sequential Testing" } }""", p => !p.Title.StartsWith("Bringing Sequential Testing", StringComparison.Ordinal)),
        ["title endsWith"] = ("""{ title: { endsWith: "Part II" } }""", p => p.Title.EndsWith("Part II", StringComparison.Ordinal)),
        ["title nendsWith"] = ("""{ title: { nendsWith: "Part II" } }""", p => !p.Title.EndsWith("Part II", StringComparison.Ordinal)),
        ["title and/or inside the operation"] = ("""{ title: { or: [{ contains: "(Part 1)" }, { contains: "(Part 2)" }] } }""",
            p => p.Title.Contains("(Part 1)", StringComparison.Ordinal) || p.Title.Contains("(Part 2)", StringComparison.Ordinal)),
        // Every post has a slug (derived from the title when no document gives a URL), so nulls are tested on url.
        ["url eq null matches posts without a URL"] = ("{ url: { eq: null } }", p => p.Url is null),
        ["url neq null"] = ("{ url: { neq: null } }", p => p.Url is not null),
        ["url ncontains matches null urls"] = ("""{ url: { ncontains: "data" } }""", p => p.Url?.Contains("data", StringComparison.Ordinal) != true),
        ["url nendsWith matches null urls"] = ("""{ url: { nendsWith: "fund/" } }""", p => p.Url?.EndsWith("fund/", StringComparison.Ordinal) != true),
        ["slug ncontains"] = ("""{ slug: { ncontains: "data" } }""", p => p.Slug?.Contains("data", StringComparison.Ordinal) != true),
        ["url contains"] = ("""{ url: { contains: "/2024/" } }""", p => p.Url?.Contains("/2024/", StringComparison.Ordinal) == true),
        ["excerpt contains"] = ("""{ excerpt: { contains: "Backstage" } }""", p => p.Excerpt?.Contains("Backstage", StringComparison.Ordinal) == true),
        ["thumbnailUrl neq null"] = ("{ thumbnailUrl: { neq: null } }", p => p.ThumbnailUrl is not null),

        // Comparable operations on a Date (publishedAt is null for one post).
        ["publishedAt eq"] = ("""{ publishedAt: { eq: "2024-05-28" } }""", p => p.PublishedAt == PlatformPart2),
        ["publishedAt neq"] = ("""{ publishedAt: { neq: "2024-05-28" } }""", p => p.PublishedAt != PlatformPart2),
        ["publishedAt gt"] = ("""{ publishedAt: { gt: "2024-01-01" } }""", p => p.PublishedAt > Jan2024),
        ["publishedAt gte"] = ("""{ publishedAt: { gte: "2024-05-28" } }""", p => p.PublishedAt >= PlatformPart2),
        ["publishedAt lt"] = ("""{ publishedAt: { lt: "2024-01-01" } }""", p => p.PublishedAt < Jan2024),
        ["publishedAt lte"] = ("""{ publishedAt: { lte: "2024-05-28" } }""", p => p.PublishedAt <= PlatformPart2),
        ["publishedAt ngt"] = ("""{ publishedAt: { ngt: "2024-01-01" } }""", p => !(p.PublishedAt > Jan2024)),
        ["publishedAt ngte"] = ("""{ publishedAt: { ngte: "2024-05-28" } }""", p => !(p.PublishedAt >= PlatformPart2)),
        ["publishedAt nlt"] = ("""{ publishedAt: { nlt: "2024-01-01" } }""", p => !(p.PublishedAt < Jan2024)),
        ["publishedAt nlte"] = ("""{ publishedAt: { nlte: "2024-05-28" } }""", p => !(p.PublishedAt <= PlatformPart2)),
        ["publishedAt in"] = ("""{ publishedAt: { in: ["2024-05-28", "2023-08-16"] } }""", p => p.PublishedAt == PlatformPart2 || p.PublishedAt == new DateOnly(2023, 8, 16)),
        ["publishedAt nin"] = ("""{ publishedAt: { nin: ["2024-05-28", "2023-08-16"] } }""", p => p.PublishedAt != PlatformPart2 && p.PublishedAt != new DateOnly(2023, 8, 16)),
        ["publishedAt in with null"] = ("""{ publishedAt: { in: [null, "2024-05-28"] } }""", p => p.PublishedAt is null || p.PublishedAt == PlatformPart2),
        ["publishedAt eq null"] = ("{ publishedAt: { eq: null } }", p => p.PublishedAt is null),
        ["publishedAt range"] = ("""{ publishedAt: { gte: "2024-01-01", lt: "2025-01-01" } }""", p => p.PublishedAt >= Jan2024 && p.PublishedAt < new DateOnly(2025, 1, 1)),

        // Comparable operations on an Int (wordPressId is null where no document links the post).
        ["wordPressId eq"] = ("{ wordPressId: { eq: 7002 } }", p => p.WordPressId == 7002),
        ["wordPressId neq"] = ("{ wordPressId: { neq: 7002 } }", p => p.WordPressId != 7002),
        ["wordPressId gt"] = ("{ wordPressId: { gt: 7000 } }", p => p.WordPressId > 7000),
        ["wordPressId gte"] = ("{ wordPressId: { gte: 7002 } }", p => p.WordPressId >= 7002),
        ["wordPressId lt"] = ("{ wordPressId: { lt: 6500 } }", p => p.WordPressId < 6500),
        ["wordPressId lte"] = ("{ wordPressId: { lte: 6496 } }", p => p.WordPressId <= 6496),
        ["wordPressId ngt"] = ("{ wordPressId: { ngt: 7000 } }", p => !(p.WordPressId > 7000)),
        ["wordPressId ngte"] = ("{ wordPressId: { ngte: 7002 } }", p => !(p.WordPressId >= 7002)),
        ["wordPressId nlt"] = ("{ wordPressId: { nlt: 6500 } }", p => !(p.WordPressId < 6500)),
        ["wordPressId nlte"] = ("{ wordPressId: { nlte: 6496 } }", p => !(p.WordPressId <= 6496)),
        ["wordPressId in"] = ("{ wordPressId: { in: [6365, 7240, 1] } }", p => p.WordPressId is 6365 or 7240),
        ["wordPressId nin"] = ("{ wordPressId: { nin: [6365, 7240] } }", p => p.WordPressId is not (6365 or 7240)),
        ["wordPressId eq null"] = ("{ wordPressId: { eq: null } }", p => p.WordPressId is null),

        // Boolean operations.
        ["isExcerptTruncated eq true"] = ("{ isExcerptTruncated: { eq: true } }", p => p.IsExcerptTruncated),
        ["isExcerptTruncated eq false"] = ("{ isExcerptTruncated: { eq: false } }", p => !p.IsExcerptTruncated),
        ["isExcerptTruncated neq true"] = ("{ isExcerptTruncated: { neq: true } }", p => !p.IsExcerptTruncated),

        // Combinations: fields of one object are ANDed; and/or lists nest.
        ["two fields are and"] = ("""{ title: { contains: "Spotify" }, isExcerptTruncated: { eq: false } }""",
            p => p.Title.Contains("Spotify", StringComparison.Ordinal) && !p.IsExcerptTruncated),
        ["and"] = ("""{ and: [{ title: { contains: "Data" } }, { publishedAt: { gte: "2024-01-01" } }] }""",
            p => p.Title.Contains("Data", StringComparison.Ordinal) && p.PublishedAt >= Jan2024),
        ["or"] = ("""{ or: [{ title: { startsWith: "Data" } }, { wordPressId: { lt: 6400 } }] }""",
            p => p.Title.StartsWith("Data", StringComparison.Ordinal) || p.WordPressId < 6400),
        ["or of ands"] = ("""{ or: [{ and: [{ slug: { eq: null } }, { publishedAt: { lt: "2024-01-01" } }] }, { wordPressId: { gte: 7200 } }] }""",
            p => (p.Slug is null && p.PublishedAt < Jan2024) || p.WordPressId >= 7200),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Filter_gives_the_posts_the_same_predicate_selects_in_memory(string name)
    {
        var (where, matches) = Cases[name];
        var oracle = await CatalogOracle.LoadAsync(api);
        var expected = oracle.PostIdsWhere(matches);

        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(first: 50, where: {where}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(expected, response.SortedIds("posts"));
        Assert.Equal(expected.Length, response.DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_case_selects_some_posts_but_not_all_of_them_except_where_nothing_matches_on_purpose()
    {
        // Guards the table above: a case that selects everything or nothing would pass against a filter that does nothing.
        var oracle = await CatalogOracle.LoadAsync(api);
        var trivial = Cases.Where(c => oracle.PostIdsWhere(c.Value.Matches).Length is var n && (n == 0 || n == oracle.Posts.Count))
            .Select(c => c.Key).ToArray();
        Assert.Equal(["title startsWith is case-sensitive"], trivial); // "Data Platform Explained..." start with "Data"
    }

    [Theory]
    [InlineData("""{ title: { contains: null } }""", "contains", "StringOperationFilterInput")]
    [InlineData("""{ title: { eq: null } }""", "eq", "StringOperationFilterInput")]
    [InlineData("""{ publishedAt: { gt: null } }""", "gt", "DateOperationFilterInput")]
    [InlineData("""{ wordPressId: { in: null } }""", "in", "IntOperationFilterInput")]
    [InlineData("""{ isExcerptTruncated: { eq: null } }""", "eq", "BooleanOperationFilterInput")]
    [InlineData("""{ categories: { some: null } }""", "some", "ListFilterInputTypeOfCategoryFilterInput")]
    public async Task Null_where_an_operation_cannot_take_it_is_HC0026_on_the_field(string where, string operation, string filterType)
    {
        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(where: {where}) {{ totalCount }} }}");

        Assert.Equal("HC0026", response.FirstErrorCode);
        var error = response.Errors![0]!;
        Assert.Equal($"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.", error["message"]!.GetValue<string>());
        Assert.Equal(filterType, error["extensions"]!["filterType"]!.GetValue<string>());
        Assert.Equal("posts", error["path"]![0]!.GetValue<string>());
        Assert.Null(response.Data!["posts"]);
    }
}
