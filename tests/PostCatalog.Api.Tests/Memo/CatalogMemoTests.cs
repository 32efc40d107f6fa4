using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;
using PostCatalog.Api.Tests.Sql;

namespace PostCatalog.Api.Tests.Memo;

/// <summary>
/// Counts, facets and <c>postCount</c> change only when an import commits, so the server remembers them per catalog
/// version: asking again costs no statement, and an import from another process (the <c>import</c> command run
/// beside the server) is seen by the very next request.
/// </summary>
[Collection(SqlStatementCountCollection.Name)]
public sealed class CatalogMemoTests : IDisposable
{
    private const string Counts = """
        {
          posts(where: { categories: { some: { slug: { eq: "data-science" } } } }) { totalCount }
          categories(first: 50) { nodes { slug postCount } }
          postFacets { categories { value count } years { value count } }
        }
        """;

    private readonly CatalogApiFactory _api = new();
    private readonly HttpClient _client;
    private readonly SqlCommandLog _sql;

    public CatalogMemoTests()
    {
        _client = _api.CreateClient(); // starts the host and imports the seeds
        _sql = new SqlCommandLog(_api.CatalogKey);
    }

    public void Dispose()
    {
        _sql.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task Asking_for_the_same_counts_again_sends_only_the_page_statement()
    {
        var first = await _client.PostGraphQLAsync(Counts);
        _sql.Clear();

        var second = await _client.PostGraphQLAsync(Counts);

        Assert.Equal(first.DataWithoutErrors().ToJsonString(), second.DataWithoutErrors().ToJsonString());
        // The categories page itself is read again (its rows are not remembered); its postCounts, the totalCount and
        // both facets come from the memo.
        Assert.Single(_sql.Commands);
        Assert.Matches("FROM \"?categories\"?", _sql.Commands[0]); // SQLite's EF quotes names, PostgreSQL's only when needed
    }

    [Fact]
    public async Task An_import_from_another_process_is_seen_by_the_next_request()
    {
        var before = await _client.PostGraphQLAsync(Counts);

        await _api.ImportInAnotherProcessAsync(NewPostDocument());

        var after = await _client.PostGraphQLAsync(Counts);
        Assert.Equal(DataScience(before.DataWithoutErrors()).Total + 1, DataScience(after.DataWithoutErrors()).Total);
        Assert.Equal(DataScience(before.DataWithoutErrors()).PostCount + 1, DataScience(after.DataWithoutErrors()).PostCount);
        Assert.Equal(DataScience(before.DataWithoutErrors()).Facet + 1, DataScience(after.DataWithoutErrors()).Facet);
    }

    private static (int Total, int PostCount, int Facet) DataScience(JsonNode data) => (
        data["posts"]!["totalCount"]!.GetValue<int>(),
        data["categories"]!["nodes"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == "data-science")!["postCount"]!.GetValue<int>(),
        data["postFacets"]!["categories"]!.AsArray().Single(n => n!["value"]!.GetValue<string>() == "data-science")!["count"]!.GetValue<int>());

    /// <summary>The seeds, plus a listing page of another address that announces one post no seed mentions, in Data Science.</summary>
    private string NewPostDocument()
    {
        var folder = Directory.CreateTempSubdirectory("postcatalog-memo-").FullName;
        foreach (var seed in Directory.GetFiles(RepositoryRoot.Combine("seeds"))) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(folder, "900_memo_test.txt"), """
            # Page 9 | Spotify Engineering

            **Source**: Spotify Engineering
            **URL**: https://engineering.atspotify.com/page/9
            **Scraped**: 2025-10-11T06:26:49.026842
            **Category**: dev_code

            ---

            Engineering
            OCT 1, 2025
            Counting Posts Once Per Catalog Version
            How a catalog that changes only on import can remember its counts and still never serve a stale one...
            DATA SCIENCE
            """);
        return folder;
    }
}
