using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.Responses;

/// <summary>The schema as SDL for download (<c>?sdl</c> and <c>/schema.graphql</c>), printed once, with an ETag.</summary>
public sealed class SchemaDocument(RequestExecutor executor)
{
    private readonly Lazy<(byte[] Body, string ETag)> _document = new(() =>
    {
        var body = Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema));
        return (body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
    });

    public async Task WriteAsync(HttpContext context)
    {
        var (body, etag) = _document.Value;
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, max-age=60";
        if (GraphQLResponseWriter.IfNoneMatches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = "application/graphql; charset=utf-8";
        // A download, as HotChocolate serves it: browsers save it as schema.graphql.
        response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
