using PostCatalog.GraphQL.Types;
namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>The errors a client sees for paging arguments the schema accepts but the field cannot serve, worded as HotChocolate words them.</summary>
internal static class PagingErrors
{
    public static DataErrorException MaxPageSize(string coordinate, int requested, int max) =>
        new(DataErrorCodes.MaxPaginationItems, "The maximum allowed items per page were exceeded.",
            new Dictionary<string, object?>
            {
                ["coordinate"] = coordinate,
                ["requestedItems"] = requested,
                ["maxAllowedItems"] = max,
            });

    public static DataErrorException MinPageSize(string coordinate, int requested) =>
        new(DataErrorCodes.MinPaginationItems, "The requested number of values per page must be at least 0.",
            new Dictionary<string, object?>
            {
                ["coordinate"] = coordinate,
                ["requestedItems"] = requested,
            });

    public static DataErrorException NoBoundaries(string coordinate, string connectionTypeName) =>
        new(DataErrorCodes.NoPagingBoundaries,
            $"You must provide a `first` or `last` value to properly paginate the `{connectionTypeName}`.",
            new Dictionary<string, object?> { ["coordinate"] = coordinate });

    /// <summary>HotChocolate's keyset paging rejects this too; it attaches no error code.</summary>
    public static DataErrorException FirstAndLast(string coordinate) =>
        new(null, "You can specify either `first` or `last`, but not both as this can lead to unpredictable results.",
            new Dictionary<string, object?> { ["coordinate"] = coordinate });

    public static DataErrorException InvalidCursor(string argument, string cursor) =>
        new(DataErrorCodes.InvalidCursor, $"The cursor specified in `{argument}` has an invalid format.",
            new Dictionary<string, object?>
            {
                ["argument"] = argument,
                ["cursor"] = ErrorText.Quote(cursor),
            });
}
