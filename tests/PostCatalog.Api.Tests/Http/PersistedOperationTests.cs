using System.Net;
using System.Security.Cryptography;
using System.Text;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>The API with a trusted documents folder holding one operation, named by its sha256.</summary>
public sealed class TrustedDocumentsApiFactory : CatalogApiFactory
{
    public const string TrustedQuery = "query Newest { posts(first: 2) { nodes { title } } }";

    private readonly string _folder = Directory.CreateTempSubdirectory("postcatalog-trusted-").FullName;

    public TrustedDocumentsApiFactory()
    {
        File.WriteAllText(Path.Combine(_folder, Sha256(TrustedQuery) + ".graphql"), TrustedQuery);
        Settings["GraphQL:Server:PersistedOperations:TrustedDocumentsPath"] = _folder;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Persisted operations both ways: trusted documents by id, and automatic persisted queries by hash.</summary>
public sealed class PersistedOperationTests(TrustedDocumentsApiFactory api) : IClassFixture<TrustedDocumentsApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();
    private static readonly string TrustedId = TrustedDocumentsApiFactory.Sha256(TrustedDocumentsApiFactory.TrustedQuery);

    [Fact]
    public async Task A_trusted_document_runs_by_id_over_POST_and_GET()
    {
        var (post, postBody) = await _client.PostJsonAsync($$"""{"id":"{{TrustedId}}"}""");
        var (get, getBody) = await _client.GetGraphQLAsync("id=sha256:" + TrustedId);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(2, postBody.DataWithoutErrors()["posts"]!["nodes"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(postBody.Data!.ToJsonString(), getBody.DataWithoutErrors().ToJsonString());
        Assert.NotNull(get.Headers.ETag);
    }

    [Fact]
    public async Task An_unknown_document_id_is_HC0020()
    {
        var (response, body) = await _client.PostJsonAsync($$"""{"id":"{{new string('0', 64)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0020", body.FirstErrorCode);
    }

    [Fact]
    public async Task An_id_that_is_not_a_hash_never_reads_outside_the_folder()
    {
        var (_, body) = await _client.PostJsonAsync("""{"id":"../../etc/passwd"}""");

        Assert.Equal("HC0020", body.FirstErrorCode);
    }

    [Fact]
    public async Task Automatic_persisted_query_unknown_hash_then_hash_with_query_then_hash_alone()
    {
        var query = "{ posts(first: 1) { totalCount } }";
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{TrustedDocumentsApiFactory.Sha256(query)}}}"}}""";

        var (_, unknown) = await _client.GetGraphQLAsync("extensions=" + Uri.EscapeDataString(extensions), accept: "application/json");
        var (_, stored) = await _client.PostJsonAsync($$"""{"query":"{{query}}","extensions":{{extensions}}}""");
        var (alone, known) = await _client.GetGraphQLAsync("extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal("PersistedQueryNotFound", unknown.Errors![0]!["message"]!.GetValue<string>());
        Assert.Equal("HC0020", unknown.FirstErrorCode);
        Assert.Equal(36, stored.DataWithoutErrors()["posts"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        Assert.Equal(stored.Data!.ToJsonString(), known.DataWithoutErrors().ToJsonString());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_query_s_is_rejected_and_not_stored()
    {
        var wrong = TrustedDocumentsApiFactory.Sha256("{ something else }");
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{wrong}}}"}}""";

        var (_, rejected) = await _client.PostJsonAsync($$"""{"query":"{ __typename }","extensions":{{extensions}}}""");
        var (_, lookup) = await _client.PostJsonAsync($$"""{"extensions":{{extensions}}}""");

        Assert.Equal("The persisted query's sha256Hash does not match its query.", rejected.Errors![0]!["message"]!.GetValue<string>());
        Assert.Null(rejected.Data);
        Assert.Equal("HC0020", lookup.FirstErrorCode);
    }
}
