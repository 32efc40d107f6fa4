namespace PostCatalog.GraphQL.Types;

/// <summary>Produces a field's value. Synchronous resolvers return a completed <see cref="ValueTask{T}"/>.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>One step of a field's pipeline; sets <see cref="IMiddlewareContext.Result"/>.</summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);

/// <summary>
/// Wraps the rest of a field's pipeline (HotChocolate style): do work before and/or after calling
/// <c>next</c>. Paging, filtering and sorting are middleware on a field, not code in its resolver.
/// </summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);
