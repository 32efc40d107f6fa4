namespace PostCatalog.GraphQL.Types;

/// <summary>Composes middleware around a resolver into one <see cref="FieldDelegate"/>.</summary>
public static class FieldPipeline
{
    /// <summary>The first middleware in <paramref name="middleware"/> is outermost; the resolver runs innermost.</summary>
    public static FieldDelegate Compile(FieldResolver resolver, IReadOnlyList<FieldMiddleware> middleware)
    {
        FieldDelegate next = context =>
        {
            // Most resolvers finish synchronously (a property read, a cached value): store the result without
            // the async state machine an await would run for every field of every row.
            var pending = resolver(context);
            if (!pending.IsCompletedSuccessfully) return AwaitResult(pending, context);
            context.Result = pending.Result;
            return default;
        };
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            next = middleware[i](next);
        }

        return next;
    }

    private static async ValueTask AwaitResult(ValueTask<object?> pending, IMiddlewareContext context) =>
        context.Result = await pending.ConfigureAwait(false);
}
