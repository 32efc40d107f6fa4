namespace PostCatalog.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the type system is invalid; lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base("The schema is invalid:" + string.Concat(errors.Select(e => Environment.NewLine + "- " + e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
