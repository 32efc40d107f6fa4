namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>Cursor paging settings for a field, bindable from configuration (HotChocolate's <c>PagingOptions</c>).</summary>
public sealed class PagingOptions
{
    /// <summary>Items per page when the client gives neither <c>first</c> nor <c>last</c>. HotChocolate's default is 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The most items a client may ask for; more is error HC0051. HotChocolate's default is 50.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Whether the connection type has a <c>totalCount: Int!</c> field (computed only when selected). On by default,
    /// unlike HotChocolate, because every connection of our contract exposes it.
    /// </summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>Whether a client must give <c>first</c> or <c>last</c> (error HC0052 otherwise).</summary>
    public bool RequirePagingBoundaries { get; set; }
}
