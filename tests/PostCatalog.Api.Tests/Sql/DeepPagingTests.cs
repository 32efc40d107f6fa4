using System.Text.RegularExpressions;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Sql;

/// <summary>
/// Keyset cursors at scale: on 100,000 posts, a page deep in the catalog sends the same statements as an early one
/// (same count, same SQL text but for parameter values, no OFFSET), so page 1,000 costs what page 2 costs.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class DeepPagingTests(LargeCatalogApiFactory api) : IClassFixture<LargeCatalogApiFactory>
{
    private const string Order = "order: [{ publishedAt: DESC }]"; // served by the published_at index (with the id as tie-breaker)

    private const string Walk = "query($after: String) { posts(first: 50, after: $after, " + Order + ") { pageInfo { endCursor } } }";

    private const string Page = "query($after: String) { posts(first: 40, after: $after, " + Order + """
        ) {
            nodes { title categories { name } authors { name } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task The_statements_for_a_page_do_not_grow_with_the_page_number()
    {
        var client = api.CreateClient();
        using var sql = new SqlCommandLog(api.CatalogKey);

        // Cursors 50 posts apart, from the first page to 50,000 posts deep (page 1,000 of 50).
        var cursors = new Dictionary<int, string>();
        string? after = null;
        for (var page = 1; page <= 1000; page++)
        {
            var walked = await client.PostGraphQLAsync(Walk, new { after });
            after = walked.DataWithoutErrors()["posts"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
            if (page is 1 or 10 or 100 or 1000) cursors[page] = after;
        }

        // The same page query (40 posts with categories and authors) right after each of those cursors.
        var statementsAt = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (page, cursor) in cursors)
        {
            sql.Clear();
            var response = await client.PostGraphQLAsync(Page, new { after = cursor });
            Assert.Equal(40, response.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
            statementsAt[page] = sql.Commands;
        }

        var early = statementsAt[1];
        Assert.All(statementsAt.Values, statements =>
        {
            Assert.Equal(early.Count, statements.Count);
            Assert.Equal(early.Select(Shape), statements.Select(Shape));
            Assert.DoesNotContain(statements, s => s.Contains("OFFSET", StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary>The statement without its literal values: deep pages may only differ in the parameters they bind.</summary>
    private static string Shape(string sql) => Regex.Replace(sql, @"'[^']*'|\b\d+\b", "?");
}
