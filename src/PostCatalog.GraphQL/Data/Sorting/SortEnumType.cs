namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>HotChocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public static class SortEnumType
{
    public const string Name = "SortEnumType";
    public const string Ascending = "ASC";
    public const string Descending = "DESC";

    /// <summary>Reads a coerced enum value (its name, whatever CLR shape the executor gives it).</summary>
    public static bool IsDescending(object value) => value.ToString() switch
    {
        Ascending => false,
        Descending => true,
        var other => throw new ArgumentException($"`{other}` is not a value of {Name}."),
    };
}
