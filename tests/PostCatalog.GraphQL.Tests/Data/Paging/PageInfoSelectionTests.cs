using System.Text.Json;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Tests.Data.Conventions;
using PostCatalog.GraphQL.Tests.Data.Fixtures;

namespace PostCatalog.GraphQL.Tests.Data.Paging;

/// <summary>The existence query behind hasPreviousPage (after a cursor) or hasNextPage (before one) runs only when the client selects that flag.</summary>
public sealed class PageInfoSelectionTests : IDisposable
{
    private readonly BlogDatabase _database = GeneratedArticles.CreateDatabase(37);

    private (JsonElement Articles, IReadOnlyList<string> Sql) Execute(string query)
    {
        var executor = new RequestExecutor(ArticleSchema.Create(_database));
        _database.Log.Clear();
        var json = executor.ExecuteAsync(query).GetAwaiter().GetResult().ToJson();
        return (JsonDocument.Parse(json).RootElement.GetProperty("data").GetProperty("articles").Clone(), [.. _database.Log.Commands]);
    }

    private string CursorOfFifth() =>
        Execute("{ articles(first: 5) { pageInfo { endCursor } } }").Articles.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

    [Fact]
    public void After_a_cursor_without_hasPreviousPage_selected_only_the_page_is_read()
    {
        var (_, sql) = Execute($$"""{ articles(first: 5, after: "{{CursorOfFifth()}}") { nodes { id } pageInfo { hasNextPage endCursor } } }""");

        Assert.Single(sql);
        Assert.DoesNotContain("EXISTS", sql[0]);
    }

    [Fact]
    public void After_a_cursor_hasPreviousPage_selected_through_a_fragment_and_alias_is_answered()
    {
        var (articles, sql) = Execute($$"""
            { articles(first: 5, after: "{{CursorOfFifth()}}") { nodes { id } info: pageInfo { ...Flags } } }
            fragment Flags on PageInfo { before: hasPreviousPage }
            """);

        Assert.True(articles.GetProperty("info").GetProperty("before").GetBoolean());
        Assert.Equal(2, sql.Count);
        Assert.Contains("EXISTS", sql[1]);
    }

    [Fact]
    public void Before_a_cursor_hasNextPage_costs_the_existence_query_only_when_selected()
    {
        var cursor = CursorOfFifth();

        var (_, withoutFlag) = Execute($$"""{ articles(last: 2, before: "{{cursor}}") { nodes { id } pageInfo { hasPreviousPage } } }""");
        var (articles, withFlag) = Execute($$"""{ articles(last: 2, before: "{{cursor}}") { nodes { id } pageInfo { hasNextPage } } }""");

        Assert.Single(withoutFlag);
        Assert.Equal(2, withFlag.Count);
        Assert.True(articles.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    public void Dispose() => _database.Dispose();
}
