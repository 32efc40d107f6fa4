using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Turns the builder's descriptors into a schema: create every named type, then complete fields, members and
    /// values (types can now refer to each other), then coerce default values, order the types, and validate.
    /// </summary>
    private sealed partial class SchemaAssembler(SchemaBuilder builder)
    {
        private readonly Dictionary<string, INamedType> _named = new(StringComparer.Ordinal);
        private readonly List<INamedType> _registered = [];
        private readonly List<GraphQLError> _errors = [.. builder._errors];
        private readonly List<(InputValue Value, InputValueDescriptor Descriptor)> _inputValues = [];
        private readonly HashSet<string> _boundCoordinates = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinition> _directives = [];

        public Schema Assemble()
        {
            ApplyExtensions();
            foreach (var descriptor in builder._types) CreateType(descriptor);
            foreach (var descriptor in builder._types) CompleteType(descriptor);
            CreateDirectives();
            ReportUnusedBindings();
            var (query, mutation, subscription) = ResolveRootTypes();
            ThrowIfErrors();

            CoerceDefaultValues();
            ThrowIfErrors();

            var schema = new Schema(
                query, mutation, subscription, builder._description,
                OrderTypes(query, mutation, subscription), _directives, builder._schemaDirectives.ToList(), builder._schemaSyntax);
            _errors.AddRange(SchemaValidator.Validate(schema));
            ThrowIfErrors();
            return schema;
        }

        private void ThrowIfErrors()
        {
            if (_errors.Count > 0) throw new SchemaException(_errors);
        }

        private void ApplyExtensions()
        {
            foreach (var extension in builder._extensions)
            {
                if (!builder._typesByName.TryGetValue(extension.TypeName, out var descriptor))
                {
                    _errors.Add(GraphQLError.At(
                        $"Cannot extend type \"{extension.TypeName}\" because it is not defined.", extension.SyntaxNode));
                }
                else if (descriptor.Kind != extension.Kind)
                {
                    _errors.Add(GraphQLError.At(
                        $"Cannot extend non-{KindName(extension.Kind)} type \"{extension.TypeName}\".", extension.SyntaxNode));
                }
                else
                {
                    extension.Apply(descriptor);
                }
            }
        }

        private static string KindName(TypeKind kind) => kind switch
        {
            TypeKind.InputObject => "input object",
            _ => kind.ToString().ToLowerInvariant(),
        };

        /// <summary>The type a reference denotes; built-in scalars join the schema on first reference.</summary>
        private IType? ResolveType(TypeNode? node, SyntaxNode? at)
        {
            switch (node)
            {
                case NonNullTypeNode nonNull:
                    return ResolveType(nonNull.Type, at) is { } inner ? new NonNullType(inner) : null;
                case ListTypeNode list:
                    return ResolveType(list.Type, at) is { } item ? new ListType(item) : null;
                case NamedTypeNode named:
                    var name = named.Name.Value;
                    if (_named.TryGetValue(name, out var type)) return type;
                    if (BuiltInScalars.Create(name) is { } scalar) return _named[name] = scalar;
                    var suggestions = Suggestions.List(name, _named.Keys.Concat(["String", "Int", "Float", "Boolean", "ID"]).Distinct());
                    _errors.Add(GraphQLError.At($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), named.Location is null ? at : named));
                    return null;
                default:
                    return null;
            }
        }

        // Root types named in code or in a schema definition/extension; without a schema definition, types
        // called Query, Mutation and Subscription are the roots (graphql-js buildASTSchema).
        private (INamedType? Query, INamedType? Mutation, INamedType? Subscription) ResolveRootTypes()
        {
            var roots = builder._roots;
            return (Root(roots.Query, "Query"), Root(roots.Mutation, "Mutation"), Root(roots.Subscription, "Subscription"));

            INamedType? Root(string? name, string conventionalName)
            {
                if (name is null)
                {
                    return builder._schemaSyntax is null ? _named.GetValueOrDefault(conventionalName) : null;
                }

                if (_named.TryGetValue(name, out var type)) return type;
                _errors.Add(GraphQLError.At(
                    $"Specified {conventionalName.ToLowerInvariant()} type \"{name}\" not found in document.", builder._schemaSyntax));
                return null;
            }
        }

        private void ReportUnusedBindings()
        {
            foreach (var coordinate in builder._resolvers.Keys.Where(c => !_boundCoordinates.Contains(c)))
            {
                _errors.Add(new GraphQLError($"Cannot bind a resolver to \"{coordinate}\": the schema has no such object field."));
            }

            foreach (var name in builder._runtimeTypes.Keys.Where(n => _named.GetValueOrDefault(n) is not ObjectType))
            {
                _errors.Add(new GraphQLError($"Cannot bind a runtime type to \"{name}\": it is not an object type of the schema."));
            }

            foreach (var name in builder._typeResolvers.Keys.Where(n => _named.GetValueOrDefault(n) is not IAbstractType))
            {
                _errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{name}\": it is not an interface or union of the schema."));
            }
        }
    }
}
