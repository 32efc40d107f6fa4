using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Replicas;

/// <summary>
/// Two API servers over one PostgreSQL database are interchangeable behind a load balancer: a cursor from one pages
/// on the other, an automatic persisted query registered through one runs by its hash on the other, an import from the command line is served by both within a second (LISTEN/NOTIFY drops their
/// memoised counts), and either can stop or start while the other serves. PostgreSQL only: two processes over one
/// SQLite file are one machine, not replicas.
/// </summary>
public sealed class TwoReplicaTests : IDisposable
{
    private const string NewestPage = "query ($after: String) { posts(first: 3, after: $after) { totalCount nodes { slug } pageInfo { endCursor } } }";

    private readonly CatalogApiFactory _owner = new();

    public void Dispose() => _owner.Dispose();

    [PostgresOnlyFact]
    public async Task A_cursor_taken_from_one_replica_pages_on_the_other()
    {
        using var other = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        var first = _owner.CreateClient();
        var second = other.CreateClient();

        var page = (await first.PostGraphQLAsync(NewestPage, new { after = (string?)null })).DataWithoutErrors()["posts"]!;
        var cursor = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        var fromSecond = (await second.PostGraphQLAsync(NewestPage, new { after = cursor })).DataWithoutErrors()["posts"]!;
        var fromFirst = (await first.PostGraphQLAsync(NewestPage, new { after = cursor })).DataWithoutErrors()["posts"]!;

        Assert.Equal(Slugs(fromFirst), Slugs(fromSecond));
        Assert.DoesNotContain(Slugs(page)[0], Slugs(fromSecond));
    }

    [PostgresOnlyFact]
    public async Task An_automatic_persisted_query_registered_on_one_replica_runs_by_its_hash_on_the_other()
    {
        using var other = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        var first = _owner.CreateClient();
        var second = other.CreateClient();
        const string query = "{ posts(first: 2) { nodes { slug } } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var unknown = await second.PostAsJsonAsync("/graphql", new { extensions = persisted });
        Assert.Contains("PersistedQueryNotFound", await unknown.Content.ReadAsStringAsync());
        var registered = await first.PostAsJsonAsync("/graphql", new { query, extensions = persisted });
        registered.EnsureSuccessStatusCode();

        var byHash = await second.PostAsJsonAsync("/graphql", new { extensions = persisted });
        var answer = JsonNode.Parse(await byHash.Content.ReadAsStringAsync())!;
        Assert.Null(answer["errors"]);
        Assert.Equal(2, answer["data"]!["posts"]!["nodes"]!.AsArray().Count);
    }

    [PostgresOnlyFact]
    public async Task An_import_from_the_command_line_is_served_by_both_replicas_within_a_second()
    {
        using var other = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        var clients = new[] { _owner.CreateClient(), other.CreateClient() };
        // Both remember the count first: only a notification can make them ask the database again.
        var before = new List<int>();
        foreach (var client in clients) before.Add(await TotalAsync(client));

        await _owner.ImportInAnotherProcessAsync(NewPostDocument());
        var imported = Stopwatch.StartNew();

        foreach (var (client, count) in clients.Zip(before))
        {
            while (await TotalAsync(client) != count + 1)
            {
                Assert.True(imported.Elapsed < TimeSpan.FromSeconds(1), $"a replica still counted {count} posts a second after the import");
                await Task.Delay(20);
            }
        }
    }

    [PostgresOnlyFact]
    public async Task Two_imports_from_two_processes_at_once_take_turns_and_both_land()
    {
        var client = _owner.CreateClient();
        var before = await TotalAsync(client);

        // Each adds its own post; without the advisory lock the two transactions would race on the same new ids.
        await Task.WhenAll(_owner.ImportInAnotherProcessAsync(NewPostDocument("Serving One Catalog From Two Replicas")),
            _owner.ImportInAnotherProcessAsync(NewPostDocument("Two Imports That Take Turns")));

        var imported = Stopwatch.StartNew();
        int now;
        while ((now = await TotalAsync(client)) != before + 2)
        {
            Assert.True(imported.Elapsed < TimeSpan.FromSeconds(1), $"{now - before} of the two imports' posts served a second after they finished");
            await Task.Delay(20);
        }
    }

    [PostgresOnlyFact]
    public async Task Replicas_start_and_stop_in_any_order_while_the_others_serve()
    {
        // The owner only holds the database (and drops it at the end); these three are the replicas.
        var first = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        var firstClient = first.CreateClient();
        var expected = await TotalAsync(firstClient);

        var second = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        Assert.Equal(expected, await TotalAsync(second.CreateClient()));
        second.Dispose(); // the last to start stops first
        Assert.Equal(expected, await TotalAsync(firstClient));

        using var third = CatalogApiFactory.ReplicaOf(_owner.ConnectionString);
        var thirdClient = third.CreateClient();
        Assert.Equal(expected, await TotalAsync(thirdClient));
        first.Dispose(); // the first to start stops while the third serves
        Assert.Equal(expected, await TotalAsync(thirdClient));
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.PostGraphQLAsync(NewestPage, new { after = (string?)null })).DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>();

    private static string[] Slugs(JsonNode posts) => [.. posts["nodes"]!.AsArray().Select(n => n!["slug"]!.GetValue<string>())];

    /// <summary>The seeds, plus a listing page of another address that announces one post no seed mentions.</summary>
    private static string NewPostDocument(string title = "Serving One Catalog From Two Replicas")
    {
        var folder = Directory.CreateTempSubdirectory("postcatalog-replicas-").FullName;
        foreach (var seed in Directory.GetFiles(RepositoryRoot.Combine("seeds"))) File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(folder, $"901_{Math.Abs(title.GetHashCode())}.txt"), $$"""
            # Page 9 | Spotify Engineering

            **Source**: Spotify Engineering
            **URL**: https://engineering.atspotify.com/page/9/{{Math.Abs(title.GetHashCode())}}
            **Scraped**: 2025-10-11T06:26:49.026842
            **Category**: dev_code

            ---

            Engineering
            OCT 2, 2025
            {{title}}
            {{title}}: how two servers over one database learn of an import at once...
            DATA SCIENCE
            """);
        return folder;
    }
}
