using PostCatalog.GraphQL.Execution.Caching;

namespace PostCatalog.GraphQL.Tests.Execution.Caching;

public class LruCacheTests
{
    [Fact]
    public void Adding_past_capacity_evicts_the_least_recently_used_entry()
    {
        var cache = new LruCache<string, int>(capacity: 2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.TryGet("a", out _);

        cache.Set("c", 3);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void GetOrAdd_creates_a_value_once_per_key()
    {
        var cache = new LruCache<string, object>(capacity: 4);
        var created = 0;

        var first = cache.GetOrAdd("q", _ => { created++; return new object(); });
        var second = cache.GetOrAdd("q", _ => { created++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, created);
    }

    [Fact]
    public void Document_hash_is_the_hex_sha256_of_the_utf8_text()
    {
        // sha256("{ a }") as printed by `printf '{ a }' | sha256sum`
        var hash = DocumentHash.Compute("{ a }");

        Assert.Equal(64, hash.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ a }"u8)), hash);
        Assert.NotEqual(hash, DocumentHash.Compute("{ b }"));
    }
}
