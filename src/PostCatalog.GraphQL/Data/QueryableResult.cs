namespace PostCatalog.GraphQL.Data;

/// <summary>Reads a resolver's result as a query the data middleware can compose.</summary>
internal static class QueryableResult
{
    /// <summary>The result as <see cref="IQueryable{T}"/>: queries as they are, in-memory sequences through <c>AsQueryable</c>; null stays null.</summary>
    public static IQueryable<T>? From<T>(object? result, string coordinate) => result switch
    {
        null => null,
        IQueryable<T> query => query,
        IEnumerable<T> items => items.AsQueryable(),
        _ => throw new InvalidOperationException(
            $"The resolver of {coordinate} returned {result.GetType().Name}; the data conventions need IQueryable<{typeof(T).Name}>."),
    };
}
