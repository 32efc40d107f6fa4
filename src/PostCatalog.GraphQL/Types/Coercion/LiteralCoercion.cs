using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// Literal (with variables) to runtime value, per spec input coercion and graphql-js valueFromAST.
/// "Undefined" (the literal is invalid) is the <c>false</c> of the Try pattern; <c>true</c> with null is a real null.
/// </summary>
public static class LiteralCoercion
{
    /// <param name="variables">Coerced variable values; a variable absent from it is "not provided".</param>
    public static bool TryValueFromAst(
        ValueNode valueNode,
        IInputType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value)) return false;
            // Variables were coerced already; a null only fails a non-null position.
            return value is not null || type is not NonNullType;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return valueNode is not NullValueNode
                    && TryValueFromAst(valueNode, (IInputType)nonNull.OfType, variables, out value);

            case var _ when valueNode is NullValueNode:
                return true;

            case ListType list:
                return TryListFromAst(valueNode, (IInputType)list.OfType, variables, out value);

            case InputObjectType inputObject:
                return TryObjectFromAst(valueNode, inputObject, variables, out value);

            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>The runtime value of a literal; throws <see cref="GraphQLException"/> when it is invalid.</summary>
    public static object? ValueFromAst(ValueNode valueNode, IInputType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        TryValueFromAst(valueNode, type, variables, out var value)
            ? value
            : throw new GraphQLException(GraphQLError.At(
                $"Expected value of type \"{type.Print()}\", found {Printer.Print(valueNode)}.", valueNode));

    /// <summary>
    /// Whether a literal is valid for the type. Variables are assumed valid (their usage is checked separately),
    /// so validation can call this on any argument value.
    /// </summary>
    public static bool IsValidLiteral(ValueNode valueNode, IInputType type) => valueNode switch
    {
        VariableNode => true,
        NullValueNode => type is not NonNullType,
        _ => type switch
        {
            NonNullType nonNull => IsValidLiteral(valueNode, (IInputType)nonNull.OfType),
            ListType list when valueNode is ListValueNode items => items.Values.All(v => IsValidLiteral(v, (IInputType)list.OfType)),
            ListType list => IsValidLiteral(valueNode, (IInputType)list.OfType),
            InputObjectType inputObject => IsValidObjectLiteral(valueNode, inputObject),
            ScalarType scalar => scalar.IsValidLiteral(valueNode),
            EnumType enumType => valueNode is EnumValueNode e && enumType.GetValue(e.Value) is not null,
            _ => false,
        },
    };

    private static bool IsValidObjectLiteral(ValueNode valueNode, InputObjectType type)
    {
        if (valueNode is not ObjectValueNode obj) return false;
        var given = obj.Fields.ToDictionary(f => f.Name.Value, f => f.Value);
        if (given.Keys.Any(name => type.GetField(name) is null)) return false;
        if (type.IsOneOf && (given.Count != 1 || given.Values.Single() is NullValueNode)) return false;
        return type.Fields.All(field => given.TryGetValue(field.Name, out var fieldValue)
            ? IsValidLiteral(fieldValue, field.Type)
            : !field.IsRequired);
    }

    private static bool TryListFromAst(
        ValueNode valueNode, IInputType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (valueNode is not ListValueNode list)
        {
            // A single value where a list is expected is a list of one.
            var ok = TryValueFromAst(valueNode, itemType, variables, out var item);
            value = ok ? new List<object?> { item } : null;
            return ok;
        }

        var items = new List<object?>(list.Values.Count);
        foreach (var itemNode in list.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                // A missing variable inside a list becomes null, which a non-null item type rejects.
                if (itemType is NonNullType) return Fail(out value);
                items.Add(null);
                continue;
            }

            if (!TryValueFromAst(itemNode, itemType, variables, out var item)) return Fail(out value);
            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryObjectFromAst(
        ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (valueNode is not ObjectValueNode obj) return Fail(out value);
        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields) given.TryAdd(field.Name.Value, field.Value);

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode, variables))
            {
                if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType) return Fail(out value);
                continue;
            }

            if (!TryValueFromAst(fieldNode, field.Type, variables, out var fieldValue)) return Fail(out value);
            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.Single() is null)) return Fail(out value);
        value = WrittenOrder.Apply(result, given.Keys);
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool Fail(out object? value)
    {
        value = null;
        return false;
    }
}
