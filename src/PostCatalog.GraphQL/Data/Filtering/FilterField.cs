using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>One field of an entity filter input type (<c>PostFilterInput.title</c>), bound to a member of the entity.</summary>
public abstract class FilterField(string name, LambdaExpression member)
{
    /// <summary>The GraphQL field name.</summary>
    public string Name { get; } = name;

    /// <summary>The member the field filters, as a lambda over the entity: <c>p =&gt; p.Title</c>.</summary>
    public LambdaExpression Member { get; } = member;

    /// <summary>The GraphQL type name of the field's input, e.g. <c>StringOperationFilterInput</c>.</summary>
    public abstract string InputTypeName { get; }
}

/// <summary>A field over a scalar or enum member, filtered through an operation filter input type.</summary>
public sealed class OperationFilterField(
    string name, LambdaExpression member, OperationFilterType operationType, bool isNullable)
    : FilterField(name, member)
{
    public OperationFilterType OperationType { get; } = operationType;

    /// <summary>Whether the member can hold null, so that <c>eq: null</c> means "is null" instead of an HC0026 error.</summary>
    public bool IsNullable { get; } = isNullable;

    public override string InputTypeName => OperationType.Name;
}

/// <summary>A field over a single related object (<c>post.author</c>), filtered by that object's filter input type.</summary>
public sealed class ObjectFilterField(string name, LambdaExpression member, FilterType objectType)
    : FilterField(name, member)
{
    public FilterType ObjectType { get; } = objectType;

    public override string InputTypeName => ObjectType.Name;
}

/// <summary>
/// A field over a collection of related objects (<c>post.categories</c>), filtered by
/// <c>ListFilterInputTypeOf&lt;Element&gt;FilterInput { all none some any }</c>.
/// </summary>
public sealed class ListFilterField(string name, LambdaExpression member, FilterType elementType)
    : FilterField(name, member)
{
    public FilterType ElementType { get; } = elementType;

    public override string InputTypeName => $"ListFilterInputTypeOf{ElementType.Name}";
}
