using System.Reflection;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// Runtime value to literal (graphql-js astFromValue): how default values given in C# are shown in SDL and introspection.
/// </summary>
public static class LiteralFromValue
{
    /// <summary>The literal for <paramref name="value"/>, or null when it cannot be represented (e.g. null for a non-null type).</summary>
    public static ValueNode? ValueToLiteral(object? value, IInputType type)
    {
        value = JsonInput.Normalize(value);
        if (type is NonNullType nonNull)
        {
            var inner = ValueToLiteral(value, (IInputType)nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null) return new NullValueNode();

        switch (type)
        {
            case ListType list:
                var itemType = (IInputType)list.OfType;
                if (!ValueShapes.TryGetList(value, out var items)) return ValueToLiteral(value, itemType);
                return new ListValueNode(items
                    .Select(item => ValueToLiteral(item, itemType))
                    .Where(node => node is not null)
                    .Select(node => node!)
                    .ToList());

            case InputObjectType inputObject:
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (!TryGetMember(value, field.Name, out var fieldValue)) continue;
                    if (ValueToLiteral(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
                    }
                }

                return new ObjectValueNode(fields);

            case EnumType enumType when value is string name && enumType.GetValue(name) is not null:
                return new EnumValueNode(name);

            case ILeafType leaf:
                return leaf.ValueToLiteral(value);

            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    // Input object values given in C# may be dictionaries or plain objects (anonymous types, records).
    private static bool TryGetMember(object value, string name, out object? member)
    {
        if (ValueShapes.TryGetObject(value, out var map)) return map.TryGetValue(name, out member);
        var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        member = property?.GetValue(value);
        return property is not null;
    }
}
