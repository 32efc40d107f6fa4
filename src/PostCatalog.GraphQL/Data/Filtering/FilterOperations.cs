namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>The names of the filter operations, exactly as HotChocolate's default filter convention spells them.</summary>
public static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";

    public new const string Equals = "eq";
    public const string NotEquals = "neq";
    public const string In = "in";
    public const string NotIn = "nin";

    public const string Contains = "contains";
    public const string NotContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NotStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NotEndsWith = "nendsWith";

    public const string GreaterThan = "gt";
    public const string NotGreaterThan = "ngt";
    public const string GreaterThanOrEquals = "gte";
    public const string NotGreaterThanOrEquals = "ngte";
    public const string LowerThan = "lt";
    public const string NotLowerThan = "nlt";
    public const string LowerThanOrEquals = "lte";
    public const string NotLowerThanOrEquals = "nlte";

    public const string All = "all";
    public const string None = "none";
    public const string Some = "some";
    public const string Any = "any";

    /// <summary>The only operations that accept null: <c>eq: null</c> / <c>neq: null</c> test for null on a nullable member.</summary>
    public static bool AcceptsNull(string operation) => operation is Equals or NotEquals;
}
