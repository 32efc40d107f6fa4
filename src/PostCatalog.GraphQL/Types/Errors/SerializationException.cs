namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A leaf type (scalar or enum) could not serialize an output value or coerce an input value.
/// The message is graphql-js's, e.g. "Int cannot represent non-integer value: 1.5".
/// </summary>
public sealed class SerializationException : GraphQLException
{
    public SerializationException(string message, ILeafType type) : base(message)
    {
        Type = type;
    }

    public ILeafType Type { get; }
}
