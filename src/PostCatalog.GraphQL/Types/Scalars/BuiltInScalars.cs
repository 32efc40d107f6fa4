namespace PostCatalog.GraphQL.Types;

/// <summary>
/// The scalars every schema may use without declaring them: the spec's five and HotChocolate's Date, DateTime,
/// URL and Long. A schema contains one only when something references it (like graphql-js for the spec scalars
/// and HotChocolate for the rest), so introspection and SDL show exactly the scalars in use.
/// </summary>
public static class BuiltInScalars
{
    private static readonly HashSet<string> SpecNames = ["String", "Int", "Float", "Boolean", "ID"];

    private static readonly HashSet<string> AllNames = [.. SpecNames, "Date", "DateTime", "URL", "Long"];

    /// <summary>True for String, Int, Float, Boolean and ID.</summary>
    public static bool IsSpecScalar(string name) => SpecNames.Contains(name);

    public static bool IsBuiltInScalar(string name) => AllNames.Contains(name);

    /// <summary>A new instance of the built-in scalar called <paramref name="name"/>, or null.</summary>
    public static ScalarType? Create(string name) => name switch
    {
        "String" => new StringType(),
        "Int" => new IntType(),
        "Float" => new FloatType(),
        "Boolean" => new BooleanType(),
        "ID" => new IdType(),
        "Date" => new DateType(),
        "DateTime" => new DateTimeType(),
        "URL" => new UrlType(),
        "Long" => new LongType(),
        _ => null,
    };
}
