using System.Linq.Expressions;
using System.Reflection;

namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>Collects the fields of a <see cref="FilterType{T}"/>; each call exposes one member under a GraphQL name.</summary>
public sealed class FilterTypeDescriptor<T>
{
    private static readonly NullabilityInfoContext Nullability = new();
    private readonly List<FilterField> _fields = [];

    internal IReadOnlyList<FilterField> Fields => _fields;

    /// <summary>A scalar or enum member; its operation filter type is inferred as HotChocolate does (string, int, DateOnly, bool, enum ...).</summary>
    public FilterTypeDescriptor<T> Field<TField>(string name, Expression<Func<T, TField>> member)
    {
        var operationType = OperationFilterType.Infer(typeof(TField))
            ?? throw new ArgumentException(
                $"No operation filter type is known for {typeof(TField)}; pass one explicitly.", nameof(member));
        return Field(name, member, operationType);
    }

    /// <summary>A scalar member filtered through an explicit operation type, e.g. an <c>int</c> id as <see cref="OperationFilterType.Id"/>.</summary>
    /// <param name="isNullable">Whether the member can be null; inferred from the member's declaration when omitted.</param>
    public FilterTypeDescriptor<T> Field<TField>(
        string name, Expression<Func<T, TField>> member, OperationFilterType operationType, bool? isNullable = null)
    {
        return Add(new OperationFilterField(name, member, operationType, isNullable ?? IsNullable(member)));
    }

    /// <summary>A single related object, filtered by its own filter type (HotChocolate's nested object filters).</summary>
    public FilterTypeDescriptor<T> Object<TObject>(
        string name, Expression<Func<T, TObject?>> member, FilterType<TObject> objectType)
    {
        return Add(new ObjectFilterField(name, member, objectType));
    }

    /// <summary>A collection of related objects, filtered with <c>all</c>, <c>none</c>, <c>some</c> and <c>any</c>.</summary>
    /// <param name="member">The collection, e.g. through a join entity: <c>p =&gt; p.Categories.Select(pc =&gt; pc.Category)</c>.</param>
    public FilterTypeDescriptor<T> List<TElement>(
        string name, Expression<Func<T, IEnumerable<TElement>>> member, FilterType<TElement> elementType)
    {
        return Add(new ListFilterField(name, member, elementType));
    }

    private FilterTypeDescriptor<T> Add(FilterField field)
    {
        if (field.Name is FilterOperations.And or FilterOperations.Or || _fields.Any(f => f.Name == field.Name))
        {
            throw new ArgumentException($"The filter field name `{field.Name}` is already taken.", nameof(field));
        }

        _fields.Add(field);
        return this;
    }

    /// <summary>Nullable value types are nullable; reference types follow their nullable annotation (<c>string?</c>).</summary>
    private static bool IsNullable(LambdaExpression member)
    {
        var type = member.ReturnType;
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }

        return member.Body switch
        {
            MemberExpression { Member: PropertyInfo property } =>
                Nullability.Create(property).ReadState != NullabilityState.NotNull,
            MemberExpression { Member: FieldInfo field } =>
                Nullability.Create(field).ReadState != NullabilityState.NotNull,
            _ => true,
        };
    }
}
