namespace PostCatalog.GraphQL.Data.Sorting;

/// <summary>A sort input type (<c>PostSortInput { title: SortEnumType ... }</c>) over a CLR entity. Built with <see cref="SortTypeDescriptor{T}"/>.</summary>
public abstract class SortType(string name, Type entityType, IReadOnlyList<SortField> fields)
{
    /// <summary>The GraphQL input type name, e.g. <c>PostSortInput</c>.</summary>
    public string Name { get; } = name;

    public Type EntityType { get; } = entityType;

    public IReadOnlyList<SortField> Fields { get; } = fields;

    public SortField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

public sealed class SortType<T>(string name, IReadOnlyList<SortField> fields) : SortType(name, typeof(T), fields)
{
    /// <summary>Describes a sort type: <c>SortType&lt;Post&gt;.Create(s =&gt; s.Field("title", p =&gt; p.Title))</c>.</summary>
    /// <param name="typeName">The GraphQL name of the entity; the input type is named <c>{typeName}SortInput</c>.</param>
    public static SortType<T> Create(Action<SortTypeDescriptor<T>> configure, string? typeName = null)
    {
        var descriptor = new SortTypeDescriptor<T>();
        configure(descriptor);
        return new SortType<T>($"{typeName ?? typeof(T).Name}SortInput", descriptor.Fields);
    }
}
