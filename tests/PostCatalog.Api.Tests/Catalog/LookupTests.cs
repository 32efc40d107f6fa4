using PostCatalog.GraphQL.Types.Relay;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Catalog;

/// <summary>Single-entity lookups by slug or URL, and Relay's <c>node(id:)</c> / <c>nodes(ids:)</c>.</summary>
[Collection(CatalogApiCollection.Name)]
public sealed class LookupTests(CatalogApiFactory api)
{
    private const string DataPlatformPart2 = "https://engineering.atspotify.com/2024/05/data-platform-explained-part-ii/";

    [Theory]
    [InlineData("""post(slug: "data-platform-explained-part-ii")""")]
    [InlineData($"""post(url: "{DataPlatformPart2}")""")]
    [InlineData("""post(url: "https://engineering.atspotify.com/2024/05/data-platform-explained-part-ii")""")] // without the final slash
    [InlineData($"""post(slug: "data-platform-explained-part-ii", url: "{DataPlatformPart2}")""")]
    public async Task A_post_is_found_by_its_slug_or_its_url(string lookup)
    {
        var response = await api.CreateClient().PostGraphQLAsync($"{{ {lookup} {{ title slug url wordPressId publishedAt }} }}");

        var post = response.DataWithoutErrors()["post"]!;
        Assert.Equal("Data Platform Explained Part II", post["title"]!.GetValue<string>());
        Assert.Equal(DataPlatformPart2, post["url"]!.GetValue<string>());
        Assert.Equal(7123, post["wordPressId"]!.GetValue<int>());
        Assert.Equal("2024-05-28", post["publishedAt"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""post(slug: "no-such-post")""")]
    [InlineData("""post(url: "https://engineering.atspotify.com/2099/01/no-such-post/")""")]
    [InlineData("""post(slug: "data-platform-explained", url: "https://engineering.atspotify.com/2024/05/data-platform-explained-part-ii/")""")] // disagree
    [InlineData("post")]
    public async Task A_post_lookup_that_matches_nothing_is_null(string lookup)
    {
        var response = await api.CreateClient().PostGraphQLAsync($"{{ {lookup} {{ title }} }}");

        Assert.Null(response.DataWithoutErrors()["post"]);
    }

    [Theory]
    [InlineData("category", "maching-learning", "Machine Learning")] // WordPress's own misspelt slug
    [InlineData("category", "data-science", "Data Science")]
    [InlineData("author", "marten-schultzberg", "Mårten Schultzberg")]
    [InlineData("tag", "engineering-leadership", "Engineering Leadership")]
    public async Task Vocabulary_is_found_by_slug(string field, string slug, string name)
    {
        var response = await api.CreateClient().PostGraphQLAsync($$"""{ {{field}}(slug: "{{slug}}") { name slug } missing: {{field}}(slug: "no-such-slug") { name } }""");

        var data = response.DataWithoutErrors();
        Assert.Equal(name, data[field]!["name"]!.GetValue<string>());
        Assert.Equal(slug, data[field]!["slug"]!.GetValue<string>());
        Assert.Null(data["missing"]);
    }

    [Fact]
    public async Task Every_entity_id_round_trips_through_node()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        var ids = EveryId(oracle);
        var aliases = string.Join("\n", ids.Select((id, i) => $"n{i}: node(id: \"{id.Id}\") {{ __typename id }}"));

        var response = await api.CreateClient().PostGraphQLAsync($"{{ {aliases} }}");

        var data = response.DataWithoutErrors();
        Assert.Equal(79, ids.Count);
        Assert.All(ids.Select((id, i) => (id, node: data[$"n{i}"])), x =>
        {
            Assert.Equal(x.id.Type, x.node!["__typename"]!.GetValue<string>());
            Assert.Equal(x.id.Id, x.node["id"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Nodes_returns_each_id_in_the_order_asked_for_with_null_for_unknown_ones()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        var post = oracle.Posts.Single(p => p.Slug == "data-platform-explained-part-ii");
        var author = oracle.Authors.Single(a => a.Slug == "carol-cunha");
        string[] ids = [GlobalId.Format("Author", author.Id), GlobalId.Format("Post", post.Id), GlobalId.Format("Post", 99999), GlobalId.Format("Tag", 1)];

        var response = await api.CreateClient().PostGraphQLAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Post { title } ... on Author { name } ... on Tag { name } } }
            """, new { ids });

        var nodes = response.DataWithoutErrors()["nodes"]!.AsArray();
        Assert.Equal(["Author", "Post", null, "Tag"], nodes.Select(n => n?["__typename"]!.GetValue<string>()));
        Assert.Equal("Carol Cunha", nodes[0]!["name"]!.GetValue<string>());
        Assert.Equal("Data Platform Explained Part II", nodes[1]!["title"]!.GetValue<string>());
        Assert.Equal(ids[3], nodes[3]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_in_batches_of_ten_round_trip_every_id()
    {
        var oracle = await CatalogOracle.LoadAsync(api);
        var ids = EveryId(oracle).Select(x => x.Id).ToArray();
        var client = api.CreateClient();

        var returned = new List<string>();
        foreach (var batch in ids.Chunk(10))
        {
            var response = await client.PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = batch });
            returned.AddRange(response.DataWithoutErrors()["nodes"].Strings("id"));
        }

        Assert.Equal(ids, returned);
    }

    [Fact]
    public async Task Nodes_over_the_batch_limit_is_a_clear_error()
    {
        var ids = Enumerable.Range(1, 11).Select(i => GlobalId.Format("Post", i)).ToArray();

        var response = await api.CreateClient().PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("HC0066", response.FirstErrorCode);
        Assert.Equal("The maximum number of nodes that can be fetched at once is 10. This selection tried to fetch 11 nodes that exceeded the maximum allowed amount.",
            response.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal("nodes", response.Errors![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_nodes_batch_limit_comes_from_configuration()
    {
        using var limited = new CatalogApiFactory();
        limited.Settings["GraphQL:Catalog:MaxNodesBatch"] = "2";
        var ids = Enumerable.Range(1, 3).Select(i => GlobalId.Format("Post", i)).ToArray();

        var response = await limited.CreateClient().PostGraphQLAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("HC0066", response.FirstErrorCode);
        Assert.StartsWith("The maximum number of nodes that can be fetched at once is 2.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("")]
    [InlineData("UG9zdA==")] // "Post": no colon
    [InlineData("UG9zdDphYmM=")] // "Post:abc"
    [InlineData("UG9zdDotMQ==")] // "Post:-1"
    [InlineData("Rm9vOjE=")] // "Foo:1": no such type
    [InlineData("UG9zdDo5OTk5OTk5OTk5OTk=")] // "Post:999999999999": beyond int
    [InlineData("UG9zdDo5OTk5OQ==")] // "Post:99999": no such row
    public async Task A_malformed_or_unknown_id_gives_null_not_an_error(string id)
    {
        var response = await api.CreateClient().PostGraphQLAsync(
            "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }", new { id });

        var data = response.DataWithoutErrors();
        Assert.Null(data["node"]);
        Assert.Equal([null], data["nodes"]!.AsArray().Select(n => n?.ToJsonString()));
    }

    private static List<(string Type, string Id)> EveryId(CatalogOracle oracle) =>
    [
        .. oracle.Posts.Select(p => ("Post", GlobalId.Format("Post", p.Id))),
        .. oracle.Categories.Select(c => ("Category", GlobalId.Format("Category", c.Id))),
        .. oracle.Tags.Select(t => ("Tag", GlobalId.Format("Tag", t.Id))),
        .. oracle.Authors.Select(a => ("Author", GlobalId.Format("Author", a.Id))),
    ];
}
