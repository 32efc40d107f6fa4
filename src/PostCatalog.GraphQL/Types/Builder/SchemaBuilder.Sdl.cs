using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

// Reading SDL (graphql-js buildASTSchema / extendSchema): each definition becomes the same descriptor code-first
// definitions produce, so both paths share one assembler and one set of rules.
public sealed partial class SchemaBuilder
{
    // SDL documents are larger than requests; allow them more tokens than the request default.
    private static readonly ParserOptions SdlParserOptions = new() { MaxTokens = 1_000_000, MaxSourceLength = 10_000_000 };

    /// <summary>Adds the type system definitions of an SDL document.</summary>
    public SchemaBuilder AddDocument(string sdl) => AddDocument(Parser.Parse(sdl, SdlParserOptions));

    /// <summary>
    /// Adds the type system definitions and extensions of a parsed document: types, <c>schema {}</c>, directive
    /// definitions, descriptions, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>. Operations and fragments are ignored.
    /// </summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        var directiveExtensions = new List<DirectiveExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    AddSchemaDefinition(schema);
                    break;
                case SchemaExtensionNode extension:
                    AddOperationTypes(extension.OperationTypes);
                    _schemaDirectives.AddRange(extension.Directives);
                    break;
                case DirectiveDefinitionNode directive:
                    AddDirective(ReadDirective(directive));
                    break;
                case DirectiveExtensionNode extension:
                    directiveExtensions.Add(extension);
                    break;
                case TypeDefinitionNode { IsExtension: true } extension:
                    _extensions.Add(new PendingExtension(extension.Name.Value, KindOf(extension), extension,
                        descriptor => ApplyExtension(descriptor, extension)));
                    break;
                case TypeDefinitionNode type:
                    AddTypeDefinition(type);
                    break;
            }
        }

        // graphql-js 17's `extend directive @name @deprecated`: applies to a directive defined anywhere in the
        // document (as in graphql-js, an extension of a directive it does not define changes nothing).
        foreach (var extension in directiveExtensions)
        {
            if (_directives.Find(d => d.Name == extension.Name.Value) is not { } extended) continue;
            if (Take(extension.Directives, BuiltInDirectives.Deprecated).Taken is { } deprecated) extended.Deprecated(DeprecationReason(deprecated));
        }

        return this;
    }

    private void AddSchemaDefinition(SchemaDefinitionNode schema)
    {
        if (_schemaSyntax is not null)
        {
            _errors.Add(GraphQLError.At("Must provide only one schema definition.", schema));
            return;
        }

        _schemaSyntax = schema;
        _description = schema.Description?.Value ?? _description;
        _schemaDirectives.AddRange(schema.Directives);
        AddOperationTypes(schema.OperationTypes);
    }

    private void AddOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var name = operationType.Type.Name.Value;
            var current = operationType.Operation switch
            {
                OperationType.Query => _roots.Query,
                OperationType.Mutation => _roots.Mutation,
                _ => _roots.Subscription,
            };
            if (current is not null && _schemaSyntax is not null && operationTypes != _schemaSyntax.OperationTypes)
            {
                var keyword = operationType.Operation.ToString().ToLowerInvariant();
                _errors.Add(GraphQLError.At(
                    $"Type for {keyword} already defined in the schema. It cannot be redefined.", operationType));
                continue;
            }

            switch (operationType.Operation)
            {
                case OperationType.Query:
                    _roots.Query = name;
                    _roots.QuerySyntax = operationType.Type;
                    break;
                case OperationType.Mutation:
                    _roots.Mutation = name;
                    break;
                default:
                    _roots.Subscription = name;
                    break;
            }
        }
    }

    private void AddTypeDefinition(TypeDefinitionNode node)
    {
        switch (node)
        {
            case ScalarTypeDefinitionNode scalar:
                if (BuiltInScalars.IsSpecScalar(scalar.Name.Value)) return; // graphql-js keeps its own spec scalars.
                if (_typesByName.GetValueOrDefault(scalar.Name.Value) is ScalarTypeDescriptor { DeclaredInSdl: false } bound)
                {
                    ReadScalar(bound, scalar);
                    return;
                }

                Add(new ScalarTypeDescriptor(scalar.Name.Value), d => ReadScalar(d, scalar));
                break;
            case ObjectTypeDefinitionNode obj:
                Add(new ObjectTypeDescriptor(obj.Name.Value), d =>
                {
                    d.SyntaxNode = obj;
                    d.DescriptionText = obj.Description?.Value;
                    ApplyExtension(d, obj);
                });
                break;
            case InterfaceTypeDefinitionNode iface:
                Add(new InterfaceTypeDescriptor(iface.Name.Value), d =>
                {
                    d.SyntaxNode = iface;
                    d.DescriptionText = iface.Description?.Value;
                    ApplyExtension(d, iface);
                });
                break;
            case UnionTypeDefinitionNode union:
                Add(new UnionTypeDescriptor(union.Name.Value), d =>
                {
                    d.SyntaxNode = union;
                    d.DescriptionText = union.Description?.Value;
                    ApplyExtension(d, union);
                });
                break;
            case EnumTypeDefinitionNode enumType:
                Add(new EnumTypeDescriptor(enumType.Name.Value), d =>
                {
                    d.SyntaxNode = enumType;
                    d.DescriptionText = enumType.Description?.Value;
                    ApplyExtension(d, enumType);
                });
                break;
            case InputObjectTypeDefinitionNode input:
                Add(new InputObjectTypeDescriptor(input.Name.Value), d =>
                {
                    d.SyntaxNode = input;
                    d.DescriptionText = input.Description?.Value;
                    ApplyExtension(d, input);
                });
                break;
        }
    }

    private static void ReadScalar(ScalarTypeDescriptor descriptor, ScalarTypeDefinitionNode node)
    {
        descriptor.DeclaredInSdl = true;
        descriptor.SyntaxNode = node;
        descriptor.DescriptionText = node.Description?.Value;
        ApplyExtension(descriptor, node);
    }

    /// <summary>Adds what a definition or extension node declares to a descriptor of the same kind.</summary>
    private static void ApplyExtension(TypeDescriptor descriptor, TypeDefinitionNode node)
    {
        if (node.IsExtension) descriptor.ExtensionSyntaxNodes.Add(node);
        switch (descriptor, node)
        {
            case (ScalarTypeDescriptor scalar, ScalarTypeDefinitionNode n):
                var (specifiedBy, others) = Take(n.Directives, BuiltInDirectives.SpecifiedBy);
                if (specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                {
                    scalar.SpecifiedByUrl = url.Value;
                }

                scalar.AppliedDirectives.AddRange(others);
                break;
            case (IComplexTypeState complex, ObjectTypeDefinitionNode n):
                ReadComplex(complex, descriptor, n.Interfaces, n.Directives, n.Fields);
                break;
            case (IComplexTypeState complex, InterfaceTypeDefinitionNode n):
                ReadComplex(complex, descriptor, n.Interfaces, n.Directives, n.Fields);
                break;
            case (UnionTypeDescriptor union, UnionTypeDefinitionNode n):
                union.AppliedDirectives.AddRange(n.Directives);
                union.MemberNames.AddRange(n.Types.Select(t => t.Name.Value));
                break;
            case (EnumTypeDescriptor enumType, EnumTypeDefinitionNode n):
                enumType.AppliedDirectives.AddRange(n.Directives);
                foreach (var value in n.Values)
                {
                    var (deprecated, rest) = Take(value.Directives, BuiltInDirectives.Deprecated);
                    // Added directly, not through Value(), so a repeated name stays visible to validation.
                    var enumValue = new EnumValueDescriptor(value.Name.Value, value.Name.Value)
                    {
                        SyntaxNode = value,
                        DeprecationReason = DeprecationReason(deprecated),
                    }.Description(value.Description?.Value);
                    enumValue.AppliedDirectives.AddRange(rest);
                    enumType.Values.Add(enumValue);
                }

                break;
            case (InputObjectTypeDescriptor input, InputObjectTypeDefinitionNode n):
                var (oneOf, remaining) = Take(n.Directives, BuiltInDirectives.OneOf);
                input.IsOneOf |= oneOf is not null;
                input.AppliedDirectives.AddRange(remaining);
                input.Fields.AddRange(n.Fields.Select(ReadInputValue));
                break;
        }
    }

    private static void ReadComplex(
        IComplexTypeState complex,
        TypeDescriptor descriptor,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        complex.InterfaceNames.AddRange(interfaces.Select(i => i.Name.Value));
        descriptor.AppliedDirectives.AddRange(directives);
        foreach (var field in fields)
        {
            var (deprecated, rest) = Take(field.Directives, BuiltInDirectives.Deprecated);
            var descriptorField = new FieldDescriptor(field.Name.Value)
            {
                SyntaxNode = field,
                DescriptionText = field.Description?.Value,
                DeprecationReason = DeprecationReason(deprecated),
            }.Type(field.Type);
            descriptorField.AppliedDirectives.AddRange(rest);
            descriptorField.Arguments.AddRange(field.Arguments.Select(ReadInputValue));
            complex.Fields.Add(descriptorField);
        }
    }

    private static InputValueDescriptor ReadInputValue(InputValueDefinitionNode node)
    {
        var (deprecated, rest) = Take(node.Directives, BuiltInDirectives.Deprecated);
        var descriptor = new InputValueDescriptor(node.Name.Value)
        {
            SyntaxNode = node,
            DescriptionText = node.Description?.Value,
            DeprecationReason = DeprecationReason(deprecated),
            DefaultSyntax = node.DefaultValue,
        }.Type(node.Type);
        descriptor.AppliedDirectives.AddRange(rest);
        return descriptor;
    }

    private static DirectiveDescriptor ReadDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDescriptor(node.Name.Value) { SyntaxNode = node }.Description(node.Description?.Value);
        if (node.Repeatable) directive.Repeatable();
        if (Take(node.Directives, BuiltInDirectives.Deprecated).Taken is { } deprecated) directive.Deprecated(DeprecationReason(deprecated));
        directive.Arguments.AddRange(node.Arguments.Select(ReadInputValue));
        foreach (var location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed)) directive.Location(parsed);
        }

        return directive;
    }

    /// <summary>Splits off the first application of a built-in directive that has its own property.</summary>
    private static (DirectiveNode? Taken, List<DirectiveNode> Others) Take(IReadOnlyList<DirectiveNode> directives, string name)
    {
        var taken = directives.FirstOrDefault(d => d.Name.Value == name);
        return (taken, directives.Where(d => !ReferenceEquals(d, taken)).ToList());
    }

    private static string? DeprecationReason(DirectiveNode? deprecated) =>
        deprecated is null
            ? null
            : deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
                ? reason.Value
                : FieldDescriptor.DefaultDeprecationReason;

    private static TypeKind KindOf(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => TypeKind.Scalar,
        ObjectTypeDefinitionNode => TypeKind.Object,
        InterfaceTypeDefinitionNode => TypeKind.Interface,
        UnionTypeDefinitionNode => TypeKind.Union,
        EnumTypeDefinitionNode => TypeKind.Enum,
        _ => TypeKind.InputObject,
    };
}
