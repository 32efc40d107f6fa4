using PostCatalog.GraphQL.Data.Paging;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data;

/// <summary>
/// The data conventions of one schema: paging settings, how queries run, and the generated types (filter inputs,
/// sort inputs, connections) the fields use, each added to the schema once however many fields share it.
/// Registered once per schema with <see cref="SchemaBuilderDataExtensions.AddDataConventions"/>; fields opt in:
/// <code>
/// new SchemaBuilder()
///     .AddDataConventions(paging, executor)
///     .AddQueryType(q =&gt; q.Field("posts", f =&gt; f
///         .UsePaging&lt;Post&gt;(p =&gt; p.Id)
///         .UseFiltering(PostFilter)
///         .UseSorting(PostSort)
///         .Resolve(ctx =&gt; ctx.Service&lt;CatalogDbContext&gt;().Posts)))
///     .Build();
/// </code>
/// (The overloads that take a <see cref="DataConventions"/> and <see cref="SchemaBuilderDataExtensions.AddDataTypes"/>
/// remain for descriptors made outside a builder.)
/// </summary>
public sealed class DataConventions
{
    private readonly Dictionary<string, (string Signature, Action<SchemaBuilder> Add)> _types = new(StringComparer.Ordinal);

    /// <summary>Paging defaults for fields that do not pass their own options.</summary>
    public PagingOptions Paging { get; init; } = new();

    /// <summary>Runs page, count and existence queries; a host may supply its ORM's async operators.</summary>
    public IQueryableExecutor Executor { get; init; } = QueryableExecutor.Instance;

    /// <summary>The names of the types generated so far, in registration order.</summary>
    public IReadOnlyCollection<string> TypeNames => _types.Keys;

    /// <summary>
    /// Records a generated type once. A second registration under the same name must describe the same shape
    /// (<paramref name="signature"/>), so two different inputs never silently share a name.
    /// </summary>
    internal void Register(string name, string signature, Action<SchemaBuilder> add)
    {
        if (_types.TryGetValue(name, out var existing))
        {
            if (existing.Signature != signature)
            {
                throw new ArgumentException($"Two different types were generated with the name `{name}`.");
            }

            return;
        }

        _types.Add(name, (signature, add));
    }

    internal bool IsRegistered(string name) => _types.ContainsKey(name);

    internal void AddTypesTo(SchemaBuilder builder)
    {
        foreach (var (_, add) in _types.Values)
        {
            add(builder);
        }
    }
}

/// <summary>Registers the data conventions on a schema builder, once, and adds the types they generate.</summary>
public static class SchemaBuilderDataExtensions
{
    /// <summary>
    /// Registers the data conventions of this schema: the paging defaults and how queries run. Fields then opt in
    /// without naming them (<c>.UsePaging&lt;Post&gt;(p =&gt; p.Id).UseFiltering(PostFilter).UseSorting(PostSort)</c>),
    /// and the filter, sort and connection types they generate are added when the schema is built. Call it before
    /// the types that use the conventions; without it, fields get the default conventions.
    /// </summary>
    public static SchemaBuilder AddDataConventions(this SchemaBuilder builder, PagingOptions? paging = null, IQueryableExecutor? executor = null)
    {
        if (builder.HasConvention<DataConventions>())
        {
            throw new InvalidOperationException("The data conventions are registered once, before the types whose fields use them.");
        }

        Register(builder, new DataConventions { Paging = paging ?? new PagingOptions(), Executor = executor ?? QueryableExecutor.Instance });
        return builder;
    }

    /// <summary>The conventions registered on the builder of <paramref name="field"/>'s type (the defaults when none were).</summary>
    internal static DataConventions Of(FieldDescriptor field)
    {
        var builder = field.SchemaBuilder ?? throw new InvalidOperationException(
            $"The field `{field.Name}` is not on a type added to a SchemaBuilder; pass its DataConventions explicitly.");
        return Register(builder, new DataConventions());
    }

    private static DataConventions Register(SchemaBuilder builder, DataConventions conventions) =>
        builder.Convention(() =>
        {
            builder.OnBuild(conventions.AddTypesTo);
            return conventions;
        });

    /// <summary>Adds every filter input, sort input and connection type the fields declared so far use.</summary>
    public static SchemaBuilder AddDataTypes(this SchemaBuilder builder, DataConventions conventions)
    {
        conventions.AddTypesTo(builder);
        return builder;
    }
}
