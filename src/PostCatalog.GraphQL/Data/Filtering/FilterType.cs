namespace PostCatalog.GraphQL.Data.Filtering;

/// <summary>
/// An entity filter input type (<c>PostFilterInput { and or title ... }</c>): the GraphQL name and the fields a client
/// may filter on, each bound to a member of the CLR entity. Built with <see cref="FilterTypeDescriptor{T}"/>.
/// </summary>
public abstract class FilterType(string name, Type entityType, IReadOnlyList<FilterField> fields)
{
    /// <summary>The GraphQL input type name, e.g. <c>PostFilterInput</c>.</summary>
    public string Name { get; } = name;

    public Type EntityType { get; } = entityType;

    /// <summary>The fields in declaration order (after <c>and</c> and <c>or</c>, which every filter type has).</summary>
    public IReadOnlyList<FilterField> Fields { get; } = fields;

    public FilterField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>A filter input type over entities of type <typeparamref name="T"/>.</summary>
public sealed class FilterType<T>(string name, IReadOnlyList<FilterField> fields)
    : FilterType(name, typeof(T), fields)
{
    /// <summary>Describes a filter type: <c>FilterType&lt;Post&gt;.Create(f =&gt; f.Field("title", p =&gt; p.Title))</c>.</summary>
    /// <param name="configure">Adds the exposed fields.</param>
    /// <param name="typeName">The GraphQL name of the entity; the input type is named <c>{typeName}FilterInput</c>. Defaults to the CLR name.</param>
    public static FilterType<T> Create(Action<FilterTypeDescriptor<T>> configure, string? typeName = null)
    {
        var descriptor = new FilterTypeDescriptor<T>();
        configure(descriptor);
        return new FilterType<T>($"{typeName ?? typeof(T).Name}FilterInput", descriptor.Fields);
    }
}
