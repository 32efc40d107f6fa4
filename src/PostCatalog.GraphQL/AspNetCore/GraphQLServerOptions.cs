using PostCatalog.GraphQL.AspNetCore.Memory;
using PostCatalog.GraphQL.AspNetCore.Tool;

namespace PostCatalog.GraphQL.AspNetCore;

/// <summary>GraphQL over HTTP settings. Every limit here is on by default; bind from configuration ("GraphQL:Server").</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest request body or GET query accepted, in bytes (HC0010 and 413 beyond it). HotChocolate's default.</summary>
    public long MaxRequestBytes { get; set; } = 20_000_000;

    /// <summary>Accept queries over GET (cacheable by CDNs). Mutations over GET always get 405.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Serve the SDL at <c>{path}?sdl</c> and <c>{path}/schema.graphql</c> (while introspection is on).</summary>
    public bool EnableSchemaDownload { get; set; } = true;

    /// <summary>Keep the SDL download when introspection is turned off ("GraphQL:Execution:EnableIntrospection"). Off by
    /// default: turning introspection off hides the schema, and the download is the whole schema in one file.</summary>
    public bool AllowSchemaDownloadWithoutIntrospection { get; set; }

    /// <summary>Accept a JSON array of requests in one POST (Apollo's BatchHttpLink), answered with an array. Off by default,
    /// as in HotChocolate: a batch multiplies what one request may cost.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>Most requests one batch may hold (each is also priced and limited on its own).</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Cache-Control for successful GET responses (they also carry an ETag and honour If-None-Match).</summary>
    public string GetCacheControl { get; set; } = "public, max-age=60";

    public PersistedOperationOptions PersistedOperations { get; set; } = new();

    public MemoryOptions Memory { get; set; } = new();

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
