using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// The type system's validity rules (spec section 3, graphql-js validateSchema plus the SDL uniqueness rules),
/// with graphql-js's messages. One partial file per group of rules.
/// </summary>
internal static partial class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectiveDefinitions(context);
        foreach (var type in schema.Types.OfType<NamedTypeBase>())
        {
            ValidateName(context, type.Name, type.SyntaxNode);
            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields(context, (IComplexOutputType)type);
                    ValidateInterfaces(context, (IComplexOutputType)type);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    break;
            }
        }

        ValidateInputObjectCycles(context);
        ValidateAppliedDirectives(context);
        return context.Errors;
    }

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes) => Errors.Add(GraphQLError.At(message, nodes));
    }
}
