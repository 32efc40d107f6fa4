using System.Net;
using System.Text.Json;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Api.Tests.Sql;

namespace PostCatalog.Api.Tests.Http;

/// <summary>
/// A long list in the arguments (a filter's <c>in</c>) is refused before anything runs when it passes
/// <c>GraphQL:Limits:MaxListArgumentItems</c>, is priced by its length below it, and reaches SQLite as one parameter
/// however long it is (SQLite refuses statements with more than 32,766 parameters).
/// </summary>
public sealed class ListArgumentTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private const string ByWordPressIds = "query($ids: [Int]) { posts(where: { wordPressId: { in: $ids } }) { totalCount } }";

    [Fact]
    public async Task An_in_list_longer_than_the_limit_is_refused_before_execution_with_where_it_is()
    {
        var response = await api.CreateClient().PostGraphQLAsync(ByWordPressIds, new { ids = Enumerable.Range(1, 30_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Data);
        var error = response.Errors![0]!;
        Assert.Equal("The list at `$ids` has 30000 items; at most 1000 are allowed.", error["message"]!.GetValue<string>());
        Assert.Equal("LIST_ARGUMENT_TOO_LONG", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(1000, error["extensions"]!["maxListItems"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_literal_list_longer_than_the_limit_is_refused_with_its_argument_path_and_location()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 1001));
        var response = await api.CreateClient().PostGraphQLAsync($"{{ posts(where: {{ wordPressId: {{ in: [{ids}] }} }}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = response.Errors![0]!;
        Assert.Equal("The list at `where.wordPressId.in` has 1001 items; at most 1000 are allowed.", error["message"]!.GetValue<string>());
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_list_at_the_limit_is_answered_and_priced_by_its_length()
    {
        var client = api.CreateClient();
        var body = JsonSerializer.Serialize(new { query = ByWordPressIds, variables = new { ids = Enumerable.Range(1, 1000) } });

        var (response, result) = await client.PostJsonAsync(body, configure: r => r.Headers.Add("GraphQL-Cost", "report"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        result.DataWithoutErrors();
        // posts 10 + where 10 + wordPressId 1 + in 10 + 1,000 values x 0.1 + totalCount 10.
        Assert.Equal(141, result.Body["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_long_in_list_is_one_sql_parameter()
    {
        var client = api.CreateClient();
        var seeded = (await client.PostGraphQLAsync("{ posts(first: 50) { nodes { wordPressId } } }")).DataWithoutErrors()["posts"]!["nodes"]!
            .AsArray().Select(n => n!["wordPressId"]?.GetValue<int?>()).Where(id => id is not null).ToArray();
        using var sql = new SqlCommandLog(api.CatalogKey);

        var ids = seeded.Concat(Enumerable.Range(900_000, 1000 - seeded.Length).Select(i => (int?)i));
        var response = await client.PostGraphQLAsync(ByWordPressIds, new { ids });

        Assert.Equal(seeded.Length, response.DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>());
        var count = Assert.Single(sql.Commands);
        // SQLite reads one JSON parameter with json_each; PostgreSQL compares with one array parameter.
        Assert.Matches(api.Provider == PostCatalog.Catalog.CatalogProvider.PostgreSQL ? @"= ANY \(@\w+\)" : "json_each", count);
    }
}
