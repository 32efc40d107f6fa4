using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PostCatalog.GraphQL.Execution;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.AspNetCore.Responses;

/// <summary>The schema as SDL for download (<c>?sdl</c> and <c>/schema.graphql</c>), printed once, with an ETag. Turning
/// introspection off turns the download off too (404), unless the server's options keep it.</summary>
public sealed class SchemaDocument(RequestExecutor executor, IOptions<GraphQLServerOptions> options)
{
    public bool IsServed =>
        options.Value.EnableSchemaDownload && (executor.Options.EnableIntrospection || options.Value.AllowSchemaDownloadWithoutIntrospection);

    /// <summary>The SDL, or a bare 404 when it is not served: the same answer as for a path that does not exist.</summary>
    public Task WriteOrNotFoundAsync(HttpContext context)
    {
        if (IsServed) return WriteAsync(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private readonly Lazy<(byte[] Body, string ETag)> _document = new(() =>
    {
        var body = Encoding.UTF8.GetBytes(SchemaPrinter.Print(executor.Schema));
        return (body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
    });

    private async Task WriteAsync(HttpContext context)
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
