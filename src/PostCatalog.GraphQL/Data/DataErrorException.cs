using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data;

/// <summary>
/// A client error found while applying a data convention (a null filter value, a bad cursor, a page too large).
/// It carries HotChocolate's code, message and extensions; the field middleware turns it into a field error,
/// so the field resolves to null and its siblings still run.
/// </summary>
public sealed class DataErrorException(
    string? code,
    string message,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    /// <summary>The <c>extensions.code</c> a client sees, e.g. <c>HC0026</c>; null where HotChocolate gives none.</summary>
    public string? Code { get; } = code;

    /// <summary>Extensions beside the code, in the order HotChocolate writes them.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    /// <summary>The field error a client sees: the message, then <c>extensions</c> with <c>code</c> first, as HotChocolate writes them.</summary>
    public GraphQLException ToGraphQLException()
    {
        var extensions = new Dictionary<string, object?>();
        if (Code is not null)
        {
            extensions["code"] = Code;
        }

        foreach (var (key, value) in Extensions)
        {
            extensions[key] = value;
        }

        return new GraphQLException(new GraphQLError(Message, extensions: extensions, exception: this));
    }
}
