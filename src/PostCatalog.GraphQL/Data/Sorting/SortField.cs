using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>One field of a sort input type (<c>PostSortInput.title: SortEnumType</c>), bound to a member of the entity.</summary>
public abstract class SortField(string name, LambdaExpression member)
{
    public string Name { get; } = name;

    /// <summary>The member, as a lambda over the entity: <c>p =&gt; p.Title</c>.</summary>
    public LambdaExpression Member { get; } = member;

    /// <summary>The GraphQL type of the field: <c>SortEnumType</c>, or a nested sort input type.</summary>
    public abstract string InputTypeName { get; }
}

/// <summary>A field that sorts by a scalar member in the direction the client gives.</summary>
public sealed class ValueSortField(string name, LambdaExpression member) : SortField(name, member)
{
    public override string InputTypeName => SortEnumType.Name;
}

/// <summary>A field that sorts by members of a related object (<c>order: { author: { name: ASC } }</c>).</summary>
public sealed class ObjectSortField(string name, LambdaExpression member, SortType objectType) : SortField(name, member)
{
    public SortType ObjectType { get; } = objectType;

    public override string InputTypeName => ObjectType.Name;
}
