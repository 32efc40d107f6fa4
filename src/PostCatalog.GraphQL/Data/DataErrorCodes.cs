namespace PostCatalog.GraphQL.Data;

/// <summary>HotChocolate's error codes for filtering, sorting and paging (HotChocolate's <c>ErrorCodes.Data</c> and <c>ErrorCodes.Paging</c>).</summary>
public static class DataErrorCodes
{
    /// <summary>A filter operation was given null where null cannot apply.</summary>
    public const string NonNullError = "HC0026";

    /// <summary>More items per page than <c>MaxPageSize</c> were requested.</summary>
    public const string MaxPaginationItems = "HC0051";

    /// <summary><c>RequirePagingBoundaries</c> is on and neither <c>first</c> nor <c>last</c> was given.</summary>
    public const string NoPagingBoundaries = "HC0052";

    /// <summary>The cursor given in <c>after</c> or <c>before</c> is not one this field issued.</summary>
    public const string InvalidCursor = "HC0078";

    /// <summary>A negative <c>first</c> or <c>last</c>.</summary>
    public const string MinPaginationItems = "HC0079";
}
