using Path = PostCatalog.GraphQL.Types.Path;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Execution.Processing;

/// <summary>Turns what went wrong in a field into the errors a client sees.</summary>
internal static class ErrorFactory
{
    public const string UnexpectedMessage = "Unexpected Execution Error";
    public const string NonNullMessage = "Cannot return null for non-nullable field.";

    /// <summary>
    /// A <see cref="GraphQLException"/>'s errors pass through; any other exception becomes "Unexpected Execution
    /// Error" with no internal detail, keeping the exception on the error for logging.
    /// </summary>
    public static IReadOnlyList<GraphQLError> FromException(Exception exception, ResolverContext context)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
            exception = aggregate.InnerExceptions[0];
        if (exception is GraphQLException graphQLException)
            return graphQLException.Errors.Select(e => Locate(e.Exception is null ? e with { Exception = exception } : e, context)).ToArray();

        var error = new GraphQLError(UnexpectedMessage, exception: exception);
        if (context.OperationContext.Options.IncludeExceptionDetails)
            error = error.WithExtension("message", exception.Message).WithExtension("stackTrace", exception.StackTrace);
        return [Locate(error, context)];
    }

    public static GraphQLError NonNullViolation(ResolverContext context, Path path) =>
        new GraphQLError(NonNullMessage, Locations(context), path.ToList())
            .WithCode(ErrorCodes.NonNullViolation);

    public static GraphQLError AtField(string message, ResolverContext context, Path path) =>
        new(message, Locations(context), path.ToList());

    /// <summary>Fills in the field's path and location when the error does not say where it happened.</summary>
    public static GraphQLError Locate(GraphQLError error, ResolverContext context) => error with
    {
        Path = error.Path ?? context.Path.ToList(),
        Locations = error.Locations ?? Locations(context),
    };

    private static IReadOnlyList<ErrorLocation>? Locations(ResolverContext context) =>
        context.Selection.SyntaxNode.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;
}
