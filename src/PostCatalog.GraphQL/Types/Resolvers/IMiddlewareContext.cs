namespace PostCatalog.GraphQL.Types;

/// <summary>The resolver context as middleware sees it: it can read and replace the field's result.</summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>The field's value so far; the resolver step sets it, later middleware may transform it.</summary>
    object? Result { get; set; }
}
