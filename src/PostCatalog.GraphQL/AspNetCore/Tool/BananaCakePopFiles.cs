using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace PostCatalog.GraphQL.AspNetCore.Tool;

/// <summary>Serves the IDE's files under the GraphQL path: <c>/graphql/</c> is index.html, <c>/graphql/bcp-config.json</c>
/// points the IDE at the endpoint it was loaded from, everything else comes from the package folder. When the folder
/// has no index.html, <c>/graphql/</c> is a short page saying where the files were looked for and how to install them.</summary>
public sealed class BananaCakePopFiles
{
    /// <summary>The bundle shows its "now Nitro" banner until this cookie is set (its own dismiss button sets it).</summary>
    public const string NitroBannerCookie = "chillicream_bcp_legacy_info_shown";

    private readonly BananaCakePopOptions _options;
    private readonly IFileProvider? _files;
    private readonly byte[] _config;
    private readonly byte[] _installPage;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public BananaCakePopFiles(BananaCakePopOptions options)
    {
        _options = options;
        var root = Path.IsPathRooted(options.FilesPath) ? options.FilesPath : Path.Combine(AppContext.BaseDirectory, options.FilesPath);
        _files = options.Enable && File.Exists(Path.Combine(root, "index.html")) ? new PhysicalFileProvider(root) : null;
        _config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            useBrowserUrlAsEndpoint = true,
            title = options.Title,
            disableTelemetry = options.DisableTelemetry,
        });
        _installPage = InstallPage(root, options.InstallHint);
    }

    /// <summary>Browsers that GET the endpoint get the IDE, or the install page when its files are missing.</summary>
    public bool IsAvailable => _options.Enable;

    /// <summary>The IDE's own files are there (false: the install page stands in for it).</summary>
    public bool IsInstalled => _files is not null;

    /// <summary>Browsers ask for HTML; GraphQL clients never do.</summary>
    public static bool IsBrowserRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("id") && !request.Query.ContainsKey("extensions");

    /// <summary>Writes the file at <paramref name="relativePath"/> ("" for index.html); false when there is none.</summary>
    public async Task<bool> TryServeAsync(HttpContext context, string relativePath)
    {
        if (!_options.Enable) return false;
        var response = context.Response;
        if (_files is null)
        {
            if (relativePath.Length > 0) return false;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            await response.Body.WriteAsync(_installPage, context.RequestAborted);
            return true;
        }

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
        if (relativePath.Length == 0 && _options.HideNitroBanner)
        {
            // Set before the bundle runs, so it never shows the banner (the path and SameSite are the bundle's own).
            response.Cookies.Append(NitroBannerCookie, "true", new CookieOptions { Path = "/", SameSite = SameSiteMode.Lax });
        }

        response.ContentLength = file.Length;
        await response.SendFileAsync(file, context.RequestAborted);
        return true;
    }

    private static byte[] InstallPage(string root, string hint)
    {
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Banana Cake Pop is not installed</title>
            <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}</style></head>
            <body>
            <h1>Banana Cake Pop is not installed</h1>
            <p>This is the GraphQL endpoint, and it works: GraphQL clients POST to this address (or GET it with <code>?query=</code>).
            The IDE that browsers get here is missing: its files were not found in <code>{{WebUtility.HtmlEncode(root)}}</code>.</p>
            <p>{{WebUtility.HtmlEncode(hint)}}</p>
            </body></html>
            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
