using System.Linq.Expressions;

namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>Collects the fields of a <see cref="SortType{T}"/>.</summary>
public sealed class SortTypeDescriptor<T>
{
    private readonly List<SortField> _fields = [];

    internal IReadOnlyList<SortField> Fields => _fields;

    /// <summary>A scalar member clients may sort by.</summary>
    public SortTypeDescriptor<T> Field<TField>(string name, Expression<Func<T, TField>> member) =>
        Add(new ValueSortField(name, member));

    /// <summary>A related object whose members clients may sort by, through its own sort input type.</summary>
    public SortTypeDescriptor<T> Object<TObject>(string name, Expression<Func<T, TObject?>> member, SortType<TObject> objectType) =>
        Add(new ObjectSortField(name, member, objectType));

    private SortTypeDescriptor<T> Add(SortField field)
    {
        if (_fields.Any(f => f.Name == field.Name))
        {
            throw new ArgumentException($"The sort field name `{field.Name}` is already taken.", nameof(field));
        }

        _fields.Add(field);
        return this;
    }
}
