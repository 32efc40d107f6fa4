using PostCatalog.GraphQL.Execution.DataLoader;

namespace PostCatalog.GraphQL.Tests.Execution.DataLoader;

public class DataLoaderTests
{
    private sealed class FetchLog
    {
        public List<IReadOnlyList<int>> Calls { get; } = new();
    }

    private static BatchDataLoader<int, string> SquareLoader(FetchLog log) =>
        new((keys, _) =>
        {
            lock (log) log.Calls.Add(keys.ToArray());
            return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(
                keys.Where(k => k >= 0).ToDictionary(k => k, k => $"#{k * k}"));
        });

    [Fact]
    public async Task Fifty_sibling_loads_are_one_fetch()
    {
        var log = new FetchLog();
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("squares", () => SquareLoader(log));

        var loads = Enumerable.Range(1, 50).Select(loader.LoadAsync).ToArray();
        await scope.DispatchAsync();
        var values = await Task.WhenAll(loads);

        Assert.Single(log.Calls);
        Assert.Equal(50, log.Calls[0].Count);
        Assert.Equal("#2500", values[49]);
    }

    [Fact]
    public async Task A_key_asked_for_twice_is_fetched_once_and_cached_for_the_request()
    {
        var log = new FetchLog();
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("squares", () => SquareLoader(log));

        var first = loader.LoadAsync(3);
        var second = loader.LoadAsync(3);
        await scope.DispatchAsync();
        var third = loader.LoadAsync(3);

        Assert.Equal(new[] { 3 }, log.Calls.Single());
        Assert.Equal("#9", await first);
        Assert.Same(first, second);
        Assert.True(third.IsCompletedSuccessfully);
        Assert.False(scope.HasPendingBatches);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_loads_as_null()
    {
        var log = new FetchLog();
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("squares", () => SquareLoader(log));

        var missing = loader.LoadAsync(-1);
        await scope.DispatchAsync();

        Assert.Null(await missing);
    }

    [Fact]
    public async Task Grouped_loader_gives_each_key_its_group_in_one_fetch()
    {
        var calls = 0;
        var scope = new DataLoaderScope();
        var categoriesOfPost = scope.GetOrRegister("categories", () => new GroupedDataLoader<int, string>((postIds, _) =>
        {
            calls++;
            var rows = new[] { (Post: 1, Category: "news"), (Post: 1, Category: "dotnet"), (Post: 2, Category: "sql") };
            return ValueTask.FromResult(rows.Where(r => postIds.Contains(r.Post)).ToLookup(r => r.Post, r => r.Category));
        }));

        var ofOne = categoriesOfPost.LoadAsync(1);
        var ofTwo = categoriesOfPost.LoadAsync(2);
        var ofThree = categoriesOfPost.LoadAsync(3);
        await scope.DispatchAsync();

        Assert.Equal(1, calls);
        Assert.Equal(new[] { "news", "dotnet" }, await ofOne);
        Assert.Equal(new[] { "sql" }, await ofTwo);
        Assert.Empty(await ofThree);
    }

    [Fact]
    public async Task Loads_queued_by_continuations_of_a_batch_form_the_next_batch()
    {
        var log = new FetchLog();
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("squares", () => SquareLoader(log));

        async Task<string?> TwoLevels(int key)
        {
            var first = await loader.LoadAsync(key);
            return await loader.LoadAsync(first!.Length * 100 + key);
        }

        var chains = Enumerable.Range(1, 10).Select(TwoLevels).ToArray();
        await scope.DispatchAsync();
        Assert.True(scope.HasPendingBatches);
        await scope.DispatchAsync();
        await Task.WhenAll(chains);

        Assert.Equal(2, log.Calls.Count);
        Assert.Equal(10, log.Calls[1].Count);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_load_of_its_batch()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("broken", () => new BatchDataLoader<int, string>(
            (_, _) => throw new InvalidOperationException("database down")));

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(2);
        await scope.DispatchAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b);
    }

    [Fact]
    public void The_scope_is_told_when_a_batch_starts_queueing()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrRegister("squares", () => SquareLoader(new FetchLog()));
        var signals = 0;
        scope.BatchQueued += () => signals++;

        _ = loader.LoadAsync(1);
        _ = loader.LoadAsync(2);

        Assert.Equal(1, signals);
        Assert.Same(loader, scope.GetOrRegister("squares", () => SquareLoader(new FetchLog())));
    }
}
