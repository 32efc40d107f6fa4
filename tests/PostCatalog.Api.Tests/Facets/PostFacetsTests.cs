using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PostCatalog.Api.Tests.Facets;

/// <summary><c>postFacets</c> over the imported seeds: every count equals what the plain filtered <c>posts</c> query counts.</summary>
public sealed class PostFacetsTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> Filters => new()
    {
        "null",
        """{ publishedAt: { gte: "2024-01-01" } }""",
        """{ categories: { some: { slug: { eq: "data-science" } } } }""",
        """{ or: [{ title: { contains: "Spotify" } }, { authors: { any: false } }] }""",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_facet_count_equals_the_total_count_of_posts_filtered_by_where_and_that_value(string where)
    {
        // Arrange
        var facets = (await _client.PostGraphQLAsync($$"""
            { postFacets(where: {{where}}) {
                categories { value count category { slug } } tags { value count tag { slug } } authors { value count author { slug } }
                years { value count } months { value count } } }
            """)).DataWithoutErrors()["postFacets"]!;
        var expectations = new List<(string Facet, string Value, int Count, string Filter)>();
        foreach (var (facet, filter) in new (string, Func<string, string>)[]
        {
            ("categories", v => $$"""{ categories: { some: { slug: { eq: "{{v}}" } } } }"""),
            ("tags", v => $$"""{ tags: { some: { slug: { eq: "{{v}}" } } } }"""),
            ("authors", v => $$"""{ authors: { some: { slug: { eq: "{{v}}" } } } }"""),
            ("years", v => $$"""{ publishedAt: { gte: "{{v}}-01-01", lt: "{{int.Parse(v) + 1}}-01-01" } }"""),
            ("months", v => $$"""{ publishedAt: { gte: "{{v}}-01", lt: "{{DateOnly.Parse(v + "-01").AddMonths(1):yyyy-MM-dd}}" } }"""),
        })
        {
            foreach (var value in facets[facet]!.AsArray())
                expectations.Add((facet, value!["value"]!.GetValue<string>(), value["count"]!.GetValue<int>(), filter(value["value"]!.GetValue<string>())));
        }
        Assert.True(expectations.Count > 10, "the seeds should give several values per facet");

        // Act: posts(where: { and: [where, value] }) { totalCount } per facet value, a few aliased per document (cost limit).
        var counts = new List<int>();
        foreach (var chunk in expectations.Chunk(5))
        {
            var document = new StringBuilder("{");
            for (var i = 0; i < chunk.Length; i++)
                document.Append($" c{i}: posts(where: {{ and: [{(where == "null" ? "{}" : where)}, {chunk[i].Filter}] }}) {{ totalCount }}");
            var data = (await _client.PostGraphQLAsync(document.Append(" }").ToString())).DataWithoutErrors();
            counts.AddRange(Enumerable.Range(0, chunk.Length).Select(i => data[$"c{i}"]!["totalCount"]!.GetValue<int>()));
        }

        // Assert
        for (var i = 0; i < expectations.Count; i++)
        {
            var (facet, value, count, _) = expectations[i];
            Assert.True(count == counts[i], $"{facet} '{value}' counts {count}, posts(where:) counts {counts[i]}");
            Assert.True(count > 0);
        }
        foreach (var (facet, entity) in new[] { ("categories", "category"), ("tags", "tag"), ("authors", "author") })
            Assert.All(facets[facet]!.AsArray(), v => Assert.Equal(v!["value"]!.GetValue<string>(), v[entity]!["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Years_add_up_to_the_dated_posts_and_months_to_their_year()
    {
        var data = (await _client.PostGraphQLAsync("""
            { postFacets { years { value count } months { value count } }
              dated: posts(where: { publishedAt: { neq: null } }) { totalCount } }
            """)).DataWithoutErrors();

        var years = data["postFacets"]!["years"]!.AsArray().ToDictionary(y => y!["value"]!.GetValue<string>(), y => y!["count"]!.GetValue<int>());
        var months = data["postFacets"]!["months"]!.AsArray().Select(m => (Value: m!["value"]!.GetValue<string>(), Count: m["count"]!.GetValue<int>())).ToList();
        Assert.Equal(data["dated"]!["totalCount"]!.GetValue<int>(), years.Values.Sum());
        Assert.Equal(years, months.GroupBy(m => m.Value[..4]).ToDictionary(g => g.Key, g => g.Sum(m => m.Count)));
        Assert.Equal(years.Keys.OrderDescending(), years.Keys);
        Assert.Equal(months.Select(m => m.Value).OrderDescending(), months.Select(m => m.Value));
    }

    [Fact]
    public async Task Values_come_most_frequent_first_and_first_limits_them()
    {
        var data = (await _client.PostGraphQLAsync("""
            { postFacets { all: categories { value count } top: categories(first: 3) { value count } } }
            """)).DataWithoutErrors()["postFacets"]!;

        var all = data["all"]!.AsArray().Select(v => v!["count"]!.GetValue<int>()).ToList();
        Assert.Equal(all.OrderDescending(), all);
        Assert.Equal(data["all"]!.AsArray().Take(3).Select(v => v!.ToJsonString()), data["top"]!.AsArray().Select(v => v!.ToJsonString()));
    }

    [Fact]
    public async Task Too_many_values_and_a_null_filter_value_are_HotChocolate_s_errors()
    {
        var tooMany = await _client.PostGraphQLAsync("{ postFacets { tags(first: 201) { value } } }");
        var nullFilter = await _client.PostGraphQLAsync("{ postFacets(where: { title: { contains: null } }) { tags { value } } }");

        Assert.Equal("HC0051", tooMany.FirstErrorCode);
        Assert.Equal("HC0026", nullFilter.FirstErrorCode);
        Assert.Single(nullFilter.Errors!);
    }

    [Fact]
    public async Task Snapshot_of_the_facets_of_the_seeds()
    {
        var data = (await _client.PostGraphQLAsync("""
            { postFacets { categories { value label count } tags { value label count } authors(first: 5) { value label count } years { value count } } }
            """)).DataWithoutErrors();

        Snapshot.Match(data.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }), "post_facets_seeds");
    }
}
