namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>Relay's page info: whether more rows lie either side of the page, and the cursors at its ends.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
