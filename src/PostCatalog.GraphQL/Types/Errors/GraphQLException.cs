namespace PostCatalog.GraphQL.Types;

/// <summary>Carries one or more <see cref="GraphQLError"/>s out of resolvers, coercion and the type system.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message) : this(new GraphQLError(message)) { }

    public GraphQLException(GraphQLError error) : base(error.Message, error.Exception)
    {
        Errors = [error];
    }

    public GraphQLException(IEnumerable<GraphQLError> errors) : this(errors.ToList()) { }

    private GraphQLException(List<GraphQLError> errors)
        : base(errors.Count == 0 ? "Unexpected GraphQL error." : string.Join(Environment.NewLine, errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
