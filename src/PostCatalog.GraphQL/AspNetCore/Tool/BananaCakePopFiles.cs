using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PostCatalog.GraphQL.AspNetCore.Tool;

/// <summary>Serves the IDE's files under the GraphQL path: <c>/graphql/</c> is index.html, <c>/graphql/bcp-config.json</c>
/// points the IDE at the endpoint it was loaded from, everything else comes from the package folder.</summary>
public sealed class BananaCakePopFiles
{
    private readonly IFileProvider? _files;
    private readonly byte[] _config;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public BananaCakePopFiles(BananaCakePopOptions options)
    {
        var root = Path.IsPathRooted(options.FilesPath) ? options.FilesPath : Path.Combine(AppContext.BaseDirectory, options.FilesPath);
        _files = options.Enable && File.Exists(Path.Combine(root, "index.html")) ? new PhysicalFileProvider(root) : null;
        _config = JsonSerializer.SerializeToUtf8Bytes(new { useBrowserUrlAsEndpoint = true, title = options.Title });
    }

    public bool IsAvailable => _files is not null;

    /// <summary>Browsers ask for HTML; GraphQL clients never do.</summary>
    public static bool IsBrowserRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("id") && !request.Query.ContainsKey("extensions");

    /// <summary>Writes the file at <paramref name="relativePath"/> ("" for index.html); false when there is none.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string relativePath)
    {
        if (_files is null) return false;
        var response = context.Response;
        if (relativePath == "bcp-config.json")
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.Body.WriteAsync(_config, context.RequestAborted);
            return true;
        }

        var file = _files.GetFileInfo(relativePath.Length == 0 ? "index.html" : relativePath);
        if (!file.Exists || file.IsDirectory) return false;
        response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        // Hashed bundle names never change content; index.html must be revalidated to pick up new bundles.
        response.Headers.CacheControl = relativePath.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        response.ContentLength = file.Length;
        await response.SendFileAsync(file, context.RequestAborted);
        return true;
    }
}
