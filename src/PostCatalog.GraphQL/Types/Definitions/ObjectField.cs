namespace PostCatalog.GraphQL.Types;

/// <summary>A field of an object type: what it returns, how it is resolved, and the middleware around the resolver.</summary>
public sealed class ObjectField : OutputField
{
    internal ObjectField(
        MemberInfo info,
        ObjectType declaringType,
        IOutputType type,
        IEnumerable<Argument> arguments,
        FieldResolver resolver,
        bool hasCustomResolver,
        IReadOnlyList<FieldMiddleware> middleware,
        IReadOnlyList<FieldMiddleware> schemaMiddleware)
        : base(info, type, arguments)
    {
        DeclaringType = declaringType;
        Resolver = resolver;
        HasCustomResolver = hasCustomResolver;
        Middleware = middleware;
        Pipeline = FieldPipeline.Compile(resolver, [.. schemaMiddleware, .. middleware]);
    }

    public override ObjectType DeclaringType { get; }

    /// <summary>The resolver: the one bound in code or SDL, otherwise the default property/dictionary resolver.</summary>
    public FieldResolver Resolver { get; }

    /// <summary>False when <see cref="Resolver"/> is the default one (reads the parent's property or key).</summary>
    public bool HasCustomResolver { get; }

    /// <summary>
    /// The field's whole work when it is a pure read of its parent (<c>.Field("title", "String!", p =&gt; p.Title)</c>)
    /// with no argument, no middleware and no resolver bound over it; null otherwise. The executor answers such a
    /// leaf as it queues it, without a resolver context (HotChocolate's pure resolvers).
    /// </summary>
    public Func<object?, object?>? ParentRead { get; internal init; }

    /// <summary>This field's own middleware, outermost first.</summary>
    public IReadOnlyList<FieldMiddleware> Middleware { get; }

    /// <summary>
    /// Schema-wide middleware, then this field's middleware (first declared is outermost), then the resolver
    /// (which sets <see cref="IMiddlewareContext.Result"/>). Execution calls this for every field.
    /// </summary>
    public FieldDelegate Pipeline { get; }
}
