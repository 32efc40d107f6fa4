using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // Creating and completing named types, fields, arguments, values and directives.
    private sealed partial class SchemaAssembler
    {
        private void CreateType(TypeDescriptor descriptor)
        {
            var info = descriptor.ToInfo();
            INamedType type = descriptor switch
            {
                ScalarTypeDescriptor scalar => CreateScalar(scalar),
                IObjectTypeState obj => new ObjectType(
                    info, builder._runtimeTypes.GetValueOrDefault(descriptor.Name) ?? obj.RuntimeType, obj.IsOfTypeCheck),
                InterfaceTypeDescriptor iface => new InterfaceType(
                    info, builder._typeResolvers.GetValueOrDefault(descriptor.Name) ?? iface.TypeResolver),
                UnionTypeDescriptor union => new UnionType(
                    info, builder._typeResolvers.GetValueOrDefault(descriptor.Name) ?? union.TypeResolver),
                EnumTypeDescriptor enumType => new EnumType(info, enumType.RuntimeType),
                InputObjectTypeDescriptor input => new InputObjectType(info, input.IsOneOf),
                _ => throw new InvalidOperationException($"Unknown descriptor {descriptor.GetType().Name}."),
            };
            _named[type.Name] = type;
            _registered.Add(type);
        }

        private static ScalarType CreateScalar(ScalarTypeDescriptor descriptor)
        {
            var implementation = descriptor.Implementation
                ?? BuiltInScalars.Create(descriptor.Name)
                ?? new CustomScalarType(descriptor.Name);
            // What the SDL declares (description, @specifiedBy, directives) is what the schema shows.
            return descriptor.DeclaredInSdl
                ? implementation.WithDefinition(
                    descriptor.DescriptionText, descriptor.SpecifiedByUrl, descriptor.AppliedDirectives.ToList(),
                    descriptor.SyntaxNode as ScalarTypeDefinitionNode, replace: true)
                : implementation;
        }

        private void CompleteType(TypeDescriptor descriptor)
        {
            switch (_named[descriptor.Name], descriptor)
            {
                case (ObjectType type, IComplexTypeState state):
                    type.Complete(
                        state.Fields.Select(f => CreateObjectField(type, f)).OfType<ObjectField>().ToList(),
                        ResolveInterfaces(type, state.InterfaceNames, descriptor.SyntaxNode));
                    break;
                case (InterfaceType type, IComplexTypeState state):
                    type.Complete(
                        state.Fields.Select(f => CreateInterfaceField(type, f)).OfType<InterfaceField>().ToList(),
                        ResolveInterfaces(type, state.InterfaceNames, descriptor.SyntaxNode));
                    break;
                case (UnionType type, UnionTypeDescriptor union):
                    type.Complete(union.MemberNames
                        .Select(name => ResolveType(new NamedTypeNode(new NameNode(name)), union.SyntaxNode))
                        .OfType<INamedType>()
                        .ToList());
                    break;
                case (EnumType type, EnumTypeDescriptor enumType):
                    type.Complete(enumType.Values.Select(v => new EnumValue(Info(v), type, v.RuntimeValue)).ToList());
                    break;
                case (InputObjectType type, InputObjectTypeDescriptor input):
                    type.Complete(input.Fields
                        .Select(f => CreateInputValue(f, type.Name + "." + f.Name,
                            (info, fieldType) => new InputField(info, type, fieldType, f.DefaultSyntax)))
                        .OfType<InputField>()
                        .ToList());
                    break;
            }
        }

        private ObjectField? CreateObjectField(ObjectType declaringType, FieldDescriptor field)
        {
            var coordinate = declaringType.Name + "." + field.Name;
            if (ResolveOutputType(field, coordinate) is not { } type) return null;
            var arguments = CreateArguments(field.Arguments, coordinate);
            var bound = builder._resolvers.GetValueOrDefault(coordinate);
            if (bound is not null) _boundCoordinates.Add(coordinate);
            var resolver = bound ?? field.Resolver;
            // A pure read answers the field only when nothing else would run: no resolver bound over it, no middleware.
            var parentRead = bound is null && field.Middleware.Count == 0 && builder._middleware.Count == 0 && field.Arguments.Count == 0
                ? field.Data.GetValueOrDefault(FieldDescriptor.ParentReadKey) as Func<object?, object?>
                : null;
            return new ObjectField(
                Info(field), declaringType, type, arguments,
                resolver ?? DefaultFieldResolver.For(field.Name), resolver is not null,
                field.Middleware.ToList(), builder._middleware) { ParentRead = parentRead };
        }

        private InterfaceField? CreateInterfaceField(InterfaceType declaringType, FieldDescriptor field)
        {
            var coordinate = declaringType.Name + "." + field.Name;
            if (field.Resolver is not null || field.Middleware.Count > 0)
            {
                _errors.Add(new GraphQLError(
                    $"Interface field {coordinate} cannot have a resolver or middleware; give them to the object types implementing it."));
            }

            if (ResolveOutputType(field, coordinate) is not { } type) return null;
            return new InterfaceField(Info(field), declaringType, type, CreateArguments(field.Arguments, coordinate));
        }

        private IOutputType? ResolveOutputType(FieldDescriptor field, string coordinate)
        {
            if (field.TypeSyntax is null)
            {
                _errors.Add(new GraphQLError($"Field {coordinate} has no type."));
                return null;
            }

            var type = ResolveType(field.TypeSyntax, field.SyntaxNode);
            if (type is null) return null;
            if (type.IsOutputType()) return (IOutputType)type;
            _errors.Add(GraphQLError.At(
                $"The type of {coordinate} must be Output Type but got: {type.Print()}.", field.SyntaxNode?.Type));
            return null;
        }

        private List<Argument> CreateArguments(List<InputValueDescriptor> arguments, string ownerCoordinate) =>
            arguments
                .Select(a => CreateInputValue(a, $"{ownerCoordinate}({a.Name}:)",
                    (info, type) => new Argument(info, type, a.DefaultSyntax, ownerCoordinate)))
                .OfType<Argument>()
                .ToList();

        private InputValue? CreateInputValue(
            InputValueDescriptor descriptor, string coordinate, Func<MemberInfo, IInputType, InputValue> create)
        {
            if (descriptor.TypeSyntax is null)
            {
                _errors.Add(new GraphQLError($"{coordinate} has no type."));
                return null;
            }

            var type = ResolveType(descriptor.TypeSyntax, descriptor.SyntaxNode);
            if (type is null) return null;
            if (!type.IsInputType())
            {
                _errors.Add(GraphQLError.At(
                    $"The type of {coordinate} must be Input Type but got: {type.Print()}.", descriptor.SyntaxNode?.Type));
                return null;
            }

            var value = create(new MemberInfo(descriptor.Name)
            {
                Description = descriptor.DescriptionText,
                DeprecationReason = descriptor.DeprecationReason,
                Directives = descriptor.AppliedDirectives.ToList(),
                ContextData = new Dictionary<string, object?>(descriptor.Data),
                SyntaxNode = descriptor.SyntaxNode,
            }, (IInputType)type);
            _inputValues.Add((value, descriptor));
            return value;
        }

        private List<InterfaceType> ResolveInterfaces(INamedType type, List<string> names, SyntaxNode? at)
        {
            var interfaces = new List<InterfaceType>();
            foreach (var name in names)
            {
                switch (ResolveType(new NamedTypeNode(new NameNode(name)), at))
                {
                    case InterfaceType iface:
                        interfaces.Add(iface);
                        break;
                    case { } other:
                        _errors.Add(GraphQLError.At(
                            $"Type {type.Name} must only implement Interface types, it cannot implement {other.Print()}.", at));
                        break;
                }
            }

            return interfaces;
        }

        private void CreateDirectives()
        {
            var custom = builder._directives;
            var builtIns = BuiltInDirectives.Create().Where(d => custom.All(c => c.Name != d.Name));
            foreach (var descriptor in builtIns.Concat(custom))
            {
                var directive = new DirectiveDefinition(
                    descriptor.Name, descriptor.DescriptionText, descriptor.Locations.ToList(),
                    descriptor.IsRepeatable, descriptor.IsBuiltIn, descriptor.SyntaxNode, descriptor.DeprecationReason);
                directive.Complete(CreateArguments(descriptor.Arguments, "@" + descriptor.Name));
                _directives.Add(directive);
            }
        }

        private static MemberInfo Info(FieldDescriptor field) => new(field.Name)
        {
            Description = field.DescriptionText,
            DeprecationReason = field.DeprecationReason,
            Directives = field.AppliedDirectives.ToList(),
            ContextData = new Dictionary<string, object?>(field.Data),
            SyntaxNode = field.SyntaxNode,
        };

        private static MemberInfo Info(EnumValueDescriptor value) => new(value.Name)
        {
            Description = value.DescriptionText,
            DeprecationReason = value.DeprecationReason,
            Directives = value.AppliedDirectives.ToList(),
            SyntaxNode = value.SyntaxNode,
        };
    }
}
