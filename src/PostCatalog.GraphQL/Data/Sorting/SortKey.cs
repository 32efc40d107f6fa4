using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>One key of an ordering: a member lambda over the entity and its direction.</summary>
/// <param name="Selector">The key, e.g. <c>p =&gt; p.Author.Name</c>.</param>
/// <param name="Descending">Whether the key sorts high to low.</param>
public sealed record SortKey(LambdaExpression Selector, bool Descending)
{
    public Type KeyType => Selector.ReturnType;

    public SortKey Reversed() => this with { Descending = !Descending };
}
