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

    /// <summary>
    /// How many parents of a connection nested under a list share one statement (each parent is an arm of a
    /// <c>UNION ALL</c>); a level with more parents sends one statement per this many. Below 2, nested connections
    /// run one statement per parent. SQLite caps a compound select at 500 arms.
    /// </summary>
    public int MaxBatchedParents { get; set; } = 100;

    /// <summary>Whether a client must give <c>first</c> or <c>last</c> (error HC0052 otherwise).</summary>
    public bool RequirePagingBoundaries { get; set; }
}
