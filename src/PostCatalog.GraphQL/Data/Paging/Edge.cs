namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>A node and the cursor that points at it.</summary>
public sealed record Edge<T>(T Node, string Cursor);
