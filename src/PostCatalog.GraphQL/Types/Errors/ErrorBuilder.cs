using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Fluent construction of a <see cref="GraphQLError"/>, HotChocolate style.</summary>
public sealed class ErrorBuilder
{
    private string? _message;
    private readonly List<ErrorLocation> _locations = [];
    private IReadOnlyList<object>? _path;
    private Dictionary<string, object?>? _extensions;
    private Exception? _exception;

    public static ErrorBuilder New() => new();

    public static ErrorBuilder FromError(GraphQLError error)
    {
        var builder = new ErrorBuilder { _message = error.Message, _path = error.Path, _exception = error.Exception };
        if (error.Locations is not null) builder._locations.AddRange(error.Locations);
        if (error.Extensions is not null) builder._extensions = new Dictionary<string, object?>(error.Extensions);
        return builder;
    }

    public ErrorBuilder SetMessage(string message)
    {
        _message = message;
        return this;
    }

    public ErrorBuilder SetCode(string code) => SetExtension("code", code);

    public ErrorBuilder SetExtension(string key, object? value)
    {
        (_extensions ??= [])[key] = value;
        return this;
    }

    public ErrorBuilder AddLocation(int line, int column)
    {
        _locations.Add(new ErrorLocation(line, column));
        return this;
    }

    /// <summary>Adds the node's location; nodes built in code (no location) are ignored.</summary>
    public ErrorBuilder AddLocation(SyntaxNode? node)
    {
        if (node?.Location is { } location) _locations.Add(new ErrorLocation(location.Line, location.Column));
        return this;
    }

    public ErrorBuilder SetPath(Path? path)
    {
        _path = path?.ToList();
        return this;
    }

    public ErrorBuilder SetPath(IReadOnlyList<object>? path)
    {
        _path = path;
        return this;
    }

    public ErrorBuilder SetException(Exception? exception)
    {
        _exception = exception;
        return this;
    }

    public GraphQLError Build()
    {
        var message = _message ?? _exception?.Message
            ?? throw new InvalidOperationException("An error needs a message.");
        return new GraphQLError(message, _locations.Count == 0 ? null : _locations.ToList(), _path, _extensions, _exception);
    }
}
