using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// An error as a client sees it (spec section 7.1.2): a message, the locations in the document it refers to,
/// the response path of the field that raised it, and free-form extensions such as <c>code</c>.
/// Immutable; use <c>with</c> or <see cref="ErrorBuilder"/> to derive variants.
/// </summary>
public sealed record GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; init; }

    /// <summary>Null when the error is not tied to a place in the document.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; init; }

    /// <summary>Response path segments: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The exception that caused this error; never sent to clients.</summary>
    public Exception? Exception { get; init; }

    /// <summary><c>extensions.code</c>, e.g. <c>HC0026</c>.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>An error located at the given syntax nodes (nodes without a location are skipped).</summary>
    public static GraphQLError At(string message, params SyntaxNode?[] nodes)
    {
        var locations = nodes
            .Where(n => n?.Location is not null)
            .Select(n => new ErrorLocation(n!.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
        return new GraphQLError(message, locations.Count == 0 ? null : locations);
    }

    public GraphQLError WithPath(Path path) => this with { Path = path.ToList() };

    public GraphQLError WithCode(string code) => WithExtension("code", code);

    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = Extensions is null
            ? new Dictionary<string, object?>()
            : new Dictionary<string, object?>(Extensions);
        extensions[key] = value;
        return this with { Extensions = extensions };
    }

    public override string ToString() => Message;
}
