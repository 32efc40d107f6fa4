using PostCatalog.GraphQL.AspNetCore.Tool;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>GraphQL over HTTP settings. Every limit here is on by default; bind from configuration ("GraphQL:Server").</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest request body or GET query accepted, in bytes (HC0010 and 413 beyond it). HotChocolate's default.</summary>
    public long MaxRequestBytes { get; set; } = 20_000_000;

    /// <summary>Accept queries over GET (cacheable by CDNs). Mutations over GET always get 405.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Serve the SDL at <c>{path}?sdl</c> and <c>{path}/schema.graphql</c>.</summary>
    public bool EnableSchemaDownload { get; set; } = true;

    /// <summary>Cache-Control for successful GET responses (they also carry an ETag and honour If-None-Match).</summary>
    public string GetCacheControl { get; set; } = "public, max-age=60";

    public PersistedOperationOptions PersistedOperations { get; set; } = new();

    public BananaCakePopOptions Tool { get; set; } = new();
}

public sealed class PersistedOperationOptions
{
    /// <summary>Folder of trusted documents, one <c>{sha256}.graphql</c> file each; null turns trusted documents off.</summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>Reject any request that is not a trusted document (production lock-down).</summary>
    public bool OnlyTrustedDocuments { get; set; }

    /// <summary>Accept automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatic persisted queries are kept in memory.</summary>
    public int AutomaticPersistedQueryCapacity { get; set; } = 1000;
}
