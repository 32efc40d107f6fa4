using System.Net;
using System.Net.Http.Headers;
using PostCatalog.Api.Tests.Infrastructure;

namespace PostCatalog.Api.Tests.Http;

/// <summary>Bodies a client got wrong: each is a 4xx naming what is wrong, and the server answers the next request.</summary>
public sealed class RequestBodyTests(CatalogApiFactory api) : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql")]
    public async Task A_body_with_invalid_UTF8_is_400_with_HC0009_naming_the_byte(string contentType)
    {
        // A title to compare with whose one character is the lone byte 0xFF, which no UTF-8 text contains.
        const string graphql = "{ posts(where: { title: { eq: \"";
        var prefix = contentType == "application/json" ? "{\"query\":\"" + graphql.Replace("\"", "\\\"") : graphql;
        var suffix = contentType == "application/json" ? "\\\" } }) { nodes { title } } }\"}" : "\" } }) { nodes { title } } }";
        var body = System.Text.Encoding.UTF8.GetBytes(prefix).Concat(new byte[] { 0xFF }).Concat(System.Text.Encoding.UTF8.GetBytes(suffix)).ToArray();

        var response = await PostBytesAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0009", response.FirstErrorCode);
        Assert.Equal($"The request body is not valid UTF-8 (byte {prefix.Length + 1}).", response.Errors![0]!["message"]!.GetValue<string>());
        await _client.AssertStillServingAsync();
    }

    [Fact]
    public async Task A_truncated_multibyte_character_at_the_end_is_named_too()
    {
        var body = "{\"query\":\"{ __typename }\", \"x\":\""u8.ToArray().Concat(new byte[] { 0xE2, 0x82 }).ToArray();

        var response = await PostBytesAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal($"The request body is not valid UTF-8 (byte {body.Length - 1}).", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Valid_multibyte_text_passes()
    {
        var (response, body) = await _client.PostJsonAsync("""{"query":"{ posts(first: 1, where: { title: { eq: \"Ünïcödé ✓ 😀\" } }) { nodes { title } } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.DataWithoutErrors()["posts"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task A_JSON_array_is_refused_while_batching_is_off()
    {
        var (response, body) = await _client.PostJsonAsync($$"""[{"query":"{{HttpRequests.SmallQuery}}"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("HC0009", body.FirstErrorCode);
        Assert.Equal("Batched requests are turned off (GraphQL:Server:EnableBatching): send one JSON object.",
            body.Errors![0]!["message"]!.GetValue<string>());
    }

    private async Task<GraphQLResponse> PostBytesAsync(byte[] body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd(HttpRequests.GraphQLResponseJson);
        using var response = await _client.SendAsync(request);
        return await GraphQLClient.ReadAsync(response);
    }
}
