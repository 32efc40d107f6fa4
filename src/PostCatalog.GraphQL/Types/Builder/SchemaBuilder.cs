using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> code-first, from SDL, or both:
/// <code>
/// var schema = new SchemaBuilder()
///     .AddQueryType(q => q.Field("hello", "String!", ctx => "world"))
///     .Build();
/// var fromSdl = SchemaBuilder.FromSdl("type Query { hello: String! }")
///     .BindResolver("Query.hello", ctx => "world")
///     .Build();
/// </code>
/// <see cref="Build"/> checks the spec's type system rules and throws <see cref="SchemaException"/> listing every problem.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<TypeDescriptor> _types = [];
    private readonly Dictionary<string, TypeDescriptor> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveDescriptor> _directives = [];
    private readonly List<PendingExtension> _extensions = [];
    private readonly Dictionary<Type, object> _conventions = [];
    private readonly List<Action<SchemaBuilder>> _beforeBuild = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly List<FieldMiddleware> _middleware = [];
    private readonly List<GraphQLError> _errors = [];
    private readonly RootTypeNames _roots = new();
    private string? _description;
    private readonly List<DirectiveNode> _schemaDirectives = [];
    private SchemaDefinitionNode? _schemaSyntax;

    /// <summary>A builder holding the types and directives of an SDL document.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddDocument(sdl);

    public SchemaBuilder SetDescription(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>The query root type, named "Query".</summary>
    public SchemaBuilder AddQueryType(Action<ObjectTypeDescriptor> configure) => AddQueryType("Query", configure);

    public SchemaBuilder AddQueryType(string name, Action<ObjectTypeDescriptor> configure)
    {
        _roots.Query = name;
        return AddObjectType(name, configure);
    }

    public SchemaBuilder AddMutationType(Action<ObjectTypeDescriptor> configure) => AddMutationType("Mutation", configure);

    public SchemaBuilder AddMutationType(string name, Action<ObjectTypeDescriptor> configure)
    {
        _roots.Mutation = name;
        return AddObjectType(name, configure);
    }

    public SchemaBuilder AddSubscriptionType(Action<ObjectTypeDescriptor> configure) => AddSubscriptionType("Subscription", configure);

    public SchemaBuilder AddSubscriptionType(string name, Action<ObjectTypeDescriptor> configure)
    {
        _roots.Subscription = name;
        return AddObjectType(name, configure);
    }

    public SchemaBuilder AddObjectType(string name, Action<ObjectTypeDescriptor> configure) =>
        Add(new ObjectTypeDescriptor(name), configure);

    /// <summary>An object type backed by <typeparamref name="T"/>: its values resolve interfaces and unions to this type.</summary>
    public SchemaBuilder AddObjectType<T>(string name, Action<ObjectTypeDescriptor<T>> configure) =>
        Add(new ObjectTypeDescriptor<T>(name), configure);

    public SchemaBuilder AddInterfaceType(string name, Action<InterfaceTypeDescriptor> configure) =>
        Add(new InterfaceTypeDescriptor(name), configure);

    public SchemaBuilder AddUnionType(string name, Action<UnionTypeDescriptor> configure) =>
        Add(new UnionTypeDescriptor(name), configure);

    public SchemaBuilder AddEnumType(string name, Action<EnumTypeDescriptor> configure) =>
        Add(new EnumTypeDescriptor(name), configure);

    /// <summary>
    /// An enum whose values are the members of <typeparamref name="TEnum"/>, named as HotChocolate names them
    /// (<c>PublishedAt</c> becomes <c>PUBLISHED_AT</c>); resolvers see and return the C# members.
    /// </summary>
    public SchemaBuilder AddEnumType<TEnum>(string? name = null, Action<EnumTypeDescriptor>? configure = null)
        where TEnum : struct, Enum
    {
        var descriptor = new EnumTypeDescriptor(name ?? typeof(TEnum).Name) { RuntimeType = typeof(TEnum) };
        foreach (var member in Enum.GetValues<TEnum>())
        {
            descriptor.Value(NameConventions.EnumValueName(member.ToString()), member);
        }

        return Add(descriptor, configure ?? (_ => { }));
    }

    public SchemaBuilder AddInputObjectType(string name, Action<InputObjectTypeDescriptor> configure) =>
        Add(new InputObjectTypeDescriptor(name), configure);

    /// <summary>A custom scalar. An SDL <c>scalar</c> declaration with the same name binds to it.</summary>
    public SchemaBuilder AddScalarType(ScalarType scalar)
    {
        if (_typesByName.GetValueOrDefault(scalar.Name) is ScalarTypeDescriptor { Implementation: null } declared)
        {
            declared.Implementation = scalar;
            return this;
        }

        return Add(new ScalarTypeDescriptor(scalar.Name) { Implementation = scalar }, _ => { });
    }

    public SchemaBuilder AddDirectiveType(string name, Action<DirectiveDescriptor> configure)
    {
        var directive = new DirectiveDescriptor(name);
        configure(directive);
        AddDirective(directive);
        return this;
    }

    /// <summary>
    /// Defines <c>@defer</c> and <c>@stream</c> (graphql-js 17's definitions), so the executor delivers deferred
    /// fragments and streamed list items incrementally (<c>RequestExecutor.ExecuteIncrementallyAsync</c>).
    /// </summary>
    public SchemaBuilder AddDeferAndStream() =>
        AddDirectiveType(IncrementalDirectives.Defer, IncrementalDirectives.DescribeDefer)
            .AddDirectiveType(IncrementalDirectives.Stream, IncrementalDirectives.DescribeStream);

    /// <summary>Adds fields (or interfaces) to an object type defined elsewhere, e.g. by a convention or module.</summary>
    public SchemaBuilder ExtendObjectType(string name, Action<ObjectTypeDescriptor> configure)
    {
        // Configure a scratch descriptor now (so conventions its fields use are registered before Build), then move
        // what it collected onto the real one when the schema is assembled.
        var scratch = new ObjectTypeDescriptor(name) { Builder = this };
        configure(scratch);
        _extensions.Add(new PendingExtension(name, TypeKind.Object, null, descriptor =>
        {
            var target = (IComplexTypeState)descriptor;
            target.Fields.AddRange(scratch.Fields);
            target.InterfaceNames.AddRange(scratch.InterfaceNames);
            descriptor.AppliedDirectives.AddRange(scratch.AppliedDirectives);
        }));
        return this;
    }

    /// <summary>Resolves the field at <paramref name="coordinate"/> (<c>"Query.hello"</c>) with <paramref name="resolver"/>.</summary>
    public SchemaBuilder BindResolver(string coordinate, FieldResolver resolver)
    {
        _resolvers[coordinate] = resolver;
        return this;
    }

    public SchemaBuilder BindResolver(string coordinate, Func<IResolverContext, object?> resolver) =>
        BindResolver(coordinate, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Values of <typeparamref name="T"/> resolve interfaces and unions to the object type <paramref name="typeName"/>.</summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName)
    {
        _runtimeTypes[typeName] = typeof(T);
        return this;
    }

    /// <summary>Custom runtime type resolution for the interface or union <paramref name="typeName"/> (SDL-first schemas).</summary>
    public SchemaBuilder BindTypeResolver(string typeName, TypeResolver resolveType)
    {
        _typeResolvers[typeName] = resolveType;
        return this;
    }

    /// <summary>Middleware around every object field's resolver, outside the fields' own middleware.</summary>
    public SchemaBuilder Use(FieldMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Builds, validates and freezes the schema.</summary>
    public Schema Build()
    {
        foreach (var beforeBuild in _beforeBuild) beforeBuild(this);
        _beforeBuild.Clear();
        return new SchemaAssembler(this).Assemble();
    }

    /// <summary>
    /// The builder's instance of a convention (<typeparamref name="T"/>), created by <paramref name="create"/> on
    /// first use: conventions are registered once on the builder and found by the fields that opt into them.
    /// </summary>
    public T Convention<T>(Func<T> create) where T : class
    {
        if (_conventions.TryGetValue(typeof(T), out var existing)) return (T)existing;
        var created = create();
        _conventions.Add(typeof(T), created);
        return created;
    }

    /// <summary>Whether a convention of type <typeparamref name="T"/> has been registered.</summary>
    public bool HasConvention<T>() where T : class => _conventions.ContainsKey(typeof(T));

    /// <summary>Runs <paramref name="action"/> when <see cref="Build"/> starts, e.g. to add the types a convention generated.</summary>
    public SchemaBuilder OnBuild(Action<SchemaBuilder> action)
    {
        _beforeBuild.Add(action);
        return this;
    }

    private SchemaBuilder Add<TDescriptor>(TDescriptor descriptor, Action<TDescriptor> configure)
        where TDescriptor : TypeDescriptor
    {
        descriptor.Builder = this;
        configure(descriptor);
        if (!_typesByName.TryAdd(descriptor.Name, descriptor))
        {
            _errors.Add(GraphQLError.At($"There can be only one type named \"{descriptor.Name}\".", descriptor.SyntaxNode));
            return this;
        }

        _types.Add(descriptor);
        return this;
    }

    private void AddDirective(DirectiveDescriptor directive)
    {
        if (_directives.Any(d => d.Name == directive.Name))
        {
            _errors.Add(GraphQLError.At($"There can be only one directive named \"@{directive.Name}\".", directive.SyntaxNode));
            return;
        }

        _directives.Add(directive);
    }

    /// <summary>An <c>extend</c> applied at build time, once every definition is known.</summary>
    private sealed record PendingExtension(string TypeName, TypeKind Kind, SyntaxNode? SyntaxNode, Action<TypeDescriptor> Apply);

    private sealed class RootTypeNames
    {
        public string? Query { get; set; }
        public string? Mutation { get; set; }
        public string? Subscription { get; set; }
        public SyntaxNode? QuerySyntax { get; set; }
    }
}
