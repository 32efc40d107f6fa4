using System.Diagnostics.CodeAnalysis;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// A built, validated and immutable schema: root types, every named type in use, and directives.
/// Build one with <see cref="SchemaBuilder"/>. Introspection types (<c>__Schema</c>, ...) are not part of
/// <see cref="Types"/>; the Introspection layer serves them.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<string, Implementations> _implementations = [];

    internal Schema(
        INamedType? query,
        INamedType? mutation,
        INamedType? subscription,
        string? description,
        IReadOnlyList<INamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        IReadOnlyList<DirectiveNode> schemaDirectives,
        SchemaDefinitionNode? syntaxNode)
    {
        DeclaredQueryType = query;
        DeclaredMutationType = mutation;
        DeclaredSubscriptionType = subscription;
        Description = description;
        Types = types;
        Directives = directives;
        SchemaDirectives = schemaDirectives;
        SyntaxNode = syntaxNode;
        _typesByName = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var type in types) _typesByName.TryAdd(type.Name, type);
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives) _directivesByName.TryAdd(directive.Name, directive);
        IndexImplementations();
    }

    /// <summary>The query root type; always present in a built schema.</summary>
    public ObjectType QueryType => (ObjectType)DeclaredQueryType!;

    public ObjectType? MutationType => DeclaredMutationType as ObjectType;

    public ObjectType? SubscriptionType => DeclaredSubscriptionType as ObjectType;

    public string? Description { get; }

    /// <summary>
    /// Every named type in the schema, in graphql-js's order: registration (or SDL definition) order, with the
    /// built-in scalars where first referenced.
    /// </summary>
    public IReadOnlyList<INamedType> Types { get; }

    /// <summary>Every directive, built-in ones first.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema definition (<c>schema @foo { ... }</c>).</summary>
    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    // Root types as declared; validation reports those that are not object types.
    internal INamedType? DeclaredQueryType { get; }
    internal INamedType? DeclaredMutationType { get; }
    internal INamedType? DeclaredSubscriptionType { get; }

    /// <summary>The root type for an operation type, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    public INamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    public T? GetType<T>(string name) where T : class, INamedType => GetType(name) as T;

    public bool TryGetType(string name, [NotNullWhen(true)] out INamedType? type) => _typesByName.TryGetValue(name, out type);

    /// <summary>The schema type a type reference from a document denotes (graphql-js typeFromAST); null if its named type is unknown.</summary>
    public IType? GetType(TypeNode typeNode) => typeNode switch
    {
        NonNullTypeNode nonNull => GetType(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => GetType(list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => GetType(named.Name.Value),
        _ => null,
    };

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The object types a value of an interface or union may have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType.Name) ?? Implementations.None;

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of the union, or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, ICompositeType maybeSubType) => (abstractType, maybeSubType) switch
    {
        (UnionType union, ObjectType obj) => union.Types.Contains(obj),
        (InterfaceType iface, ObjectType obj) => GetImplementations(iface).Objects.Contains(obj),
        (InterfaceType iface, InterfaceType sub) => GetImplementations(iface).Interfaces.Contains(sub),
        _ => false,
    };

    /// <summary>
    /// graphql-js isTypeSubTypeOf: whether a value of <paramref name="maybeSubType"/> is valid where
    /// <paramref name="superType"/> is expected (covariant field types, variable usage).
    /// </summary>
    public bool IsTypeSubTypeOf(IType maybeSubType, IType superType)
    {
        if (maybeSubType.IsEqualType(superType)) return true;
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(nonNull.OfType, superType);
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType) return false;
        return superType is IAbstractType abstractType
            && maybeSubType is ObjectType or InterfaceType
            && IsSubType(abstractType, (ICompositeType)maybeSubType);
    }

    /// <summary>graphql-js doTypesOverlap: whether some object type could be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public bool DoTypesOverlap(ICompositeType a, ICompositeType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is IAbstractType abstractA)
        {
            return b is IAbstractType abstractB
                ? GetPossibleTypes(abstractA).Any(t => IsSubType(abstractB, t))
                : IsSubType(abstractA, b);
        }

        return b is IAbstractType abstractOther && IsSubType(abstractOther, a);
    }

    /// <summary>
    /// The object type of a value returned for an abstract field: the type's own <c>ResolveType</c> if set, otherwise
    /// the first possible type whose <see cref="ObjectType.IsOfType"/> accepts the value (custom check or CLR type),
    /// otherwise a <c>__typename</c> entry of a dictionary value.
    /// </summary>
    public ObjectType? ResolveAbstractType(IAbstractType abstractType, object runtimeValue, IResolverContext context)
    {
        if (abstractType.ResolveType is { } resolve) return resolve(runtimeValue, context);
        var possibleTypes = GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
        {
            if (type.IsOfType(runtimeValue)) return type;
        }

        var typeName = runtimeValue switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
            _ => null,
        };
        return possibleTypes.FirstOrDefault(t => t.Name == typeName);
    }

    private void IndexImplementations()
    {
        var objects = new Dictionary<string, List<ObjectType>>();
        var interfaces = new Dictionary<string, List<InterfaceType>>();
        foreach (var type in Types)
        {
            if (type is ObjectType obj)
            {
                foreach (var iface in obj.Interfaces) Add(objects, iface.Name, obj);
            }
            else if (type is InterfaceType sub)
            {
                foreach (var iface in sub.Interfaces) Add(interfaces, iface.Name, sub);
            }
        }

        foreach (var name in objects.Keys.Union(interfaces.Keys))
        {
            _implementations[name] = new Implementations(
                objects.GetValueOrDefault(name) ?? [],
                interfaces.GetValueOrDefault(name) ?? []);
        }

        static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(value);
        }
    }
}

/// <summary>The types implementing an interface, in schema order.</summary>
public sealed record Implementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    public static Implementations None { get; } = new([], []);
}
