using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data;

/// <summary>
/// A client error found while applying a data convention (a null filter value, a bad cursor, a page too large).
/// It is a <see cref="GraphQLException"/> carrying HotChocolate's code, message and extensions, so it needs no
/// translating: thrown from a field's middleware or resolver, it becomes that field's error (the field resolves to
/// null and its siblings still run), and the log counts it as the client's mistake, not a server fault.
/// </summary>
public sealed class DataErrorException(
    string? code,
    string message,
    IReadOnlyDictionary<string, object?>? extensions = null) : GraphQLException(ToError(code, message, extensions))
{
    /// <summary>The <c>extensions.code</c> a client sees, e.g. <c>HC0026</c>; null where HotChocolate gives none.</summary>
    public string? Code { get; } = code;

    /// <summary>Extensions beside the code, in the order HotChocolate writes them.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>The field error a client sees: the message, then <c>extensions</c> with <c>code</c> first, as HotChocolate writes them.</summary>
    private static GraphQLError ToError(string? code, string message, IReadOnlyDictionary<string, object?>? extensions)
    {
        var all = new Dictionary<string, object?>();
        if (code is not null)
        {
            all["code"] = code;
        }

        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        return new GraphQLError(message, extensions: all);
    }
}
