namespace PostCatalog.GraphQL.Types;

/// <summary>Composes middleware around a resolver into one <see cref="FieldDelegate"/>.</summary>
public static class FieldPipeline
{
    /// <summary>The first middleware in <paramref name="middleware"/> is outermost; the resolver runs innermost.</summary>
    public static FieldDelegate Compile(FieldResolver resolver, IReadOnlyList<FieldMiddleware> middleware)
    {
        FieldDelegate next = async context => context.Result = await resolver(context).ConfigureAwait(false);
        for (var i = middleware.Count - 1; i >= 0; i--)
        {
            next = middleware[i](next);
        }

        return next;
    }
}
