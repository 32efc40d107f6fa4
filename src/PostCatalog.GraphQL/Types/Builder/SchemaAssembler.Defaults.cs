namespace PostCatalog.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // Default values are coerced once every type is complete. An input object's field defaults come first,
    // because coercing an object literal fills omitted fields with their (already coerced) defaults.
    private sealed partial class SchemaAssembler
    {
        private readonly HashSet<InputObjectType> _defaultsDone = [];

        private void CoerceDefaultValues()
        {
            var descriptors = _inputValues.ToDictionary(p => p.Value, p => p.Descriptor);
            foreach (var (value, _) in _inputValues)
            {
                if (value is InputField field) CoerceInputObjectDefaults(field.DeclaringType, descriptors);
            }

            foreach (var (value, descriptor) in _inputValues)
            {
                if (value is Argument)
                {
                    if (value.Type.NamedType() is InputObjectType input) CoerceInputObjectDefaults(input, descriptors);
                    CoerceDefault(value, descriptor);
                }
            }
        }

        private void CoerceInputObjectDefaults(InputObjectType type, Dictionary<InputValue, InputValueDescriptor> descriptors)
        {
            if (!_defaultsDone.Add(type)) return;
            foreach (var field in type.Fields)
            {
                if (field.Type.NamedType() is InputObjectType nested) CoerceInputObjectDefaults(nested, descriptors);
                CoerceDefault(field, descriptors[field]);
            }
        }

        private void CoerceDefault(InputValue value, InputValueDescriptor descriptor)
        {
            var syntax = value.DefaultValueSyntax;
            if (descriptor.HasRuntimeDefault)
            {
                try
                {
                    syntax = LiteralFromValue.ValueToLiteral(descriptor.RuntimeDefault, value.Type);
                }
                catch (GraphQLException exception)
                {
                    _errors.Add(new GraphQLError($"{value.Coordinate} has invalid default value: {exception.Message}"));
                    return;
                }

                if (syntax is null)
                {
                    _errors.Add(new GraphQLError(
                        $"{value.Coordinate} has invalid default value: {Inspect.Value(descriptor.RuntimeDefault)}."));
                    return;
                }
            }

            if (syntax is null) return;
            if (LiteralCoercion.TryValueFromAst(syntax, value.Type, null, out var coerced))
            {
                value.SetDefault(syntax, coerced);
                return;
            }

            _errors.Add(GraphQLError.At(
                $"{value.Coordinate} has invalid default value: {Language.Printer.Print(syntax)}.", syntax));
        }
    }
}
