namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>The errors a client sees for a filter input the schema accepts but the filter cannot apply.</summary>
internal static class FilterErrors
{
    /// <summary>HotChocolate's HC0026: null given to an operation that cannot test for null.</summary>
    /// <param name="operation">The operation field, e.g. <c>contains</c>.</param>
    /// <param name="filterType">The input type that declares it, e.g. <c>StringOperationFilterInput</c>.</param>
    /// <param name="expectedType">The non-null type the operation needs, e.g. <c>String!</c>.</param>
    public static DataErrorException NonNull(string operation, string filterType, string expectedType) =>
        new(DataErrorCodes.NonNullError,
            $"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.",
            new Dictionary<string, object?>
            {
                ["expectedType"] = expectedType,
                ["filterType"] = filterType,
            });
}
