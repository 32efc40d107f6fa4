using System.Net;
using Microsoft.Data.Sqlite;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary><c>/healthz</c> reads the catalog: a catalog file that is gone or unreadable is reported, not hidden.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly CatalogApiFactory _api = new();

    [Fact]
    public async Task A_readable_catalog_is_healthy()
    {
        var response = await _api.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SqliteOnlyFact("deletes or corrupts the catalog file")]
    public async Task A_deleted_catalog_file_is_unhealthy_and_is_not_recreated_empty()
    {
        var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        File.Delete(_api.DatabasePath);
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(_api.DatabasePath));
    }

    [SqliteOnlyFact("deletes or corrupts the catalog file")]
    public async Task A_corrupt_catalog_file_is_unhealthy()
    {
        var client = _api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(_api.DatabasePath, [.. Enumerable.Repeat((byte)0x5A, 8192)]);
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
