using System.Text;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// A key per argument value such that two values have the same key exactly when graphql-js's <c>stringifyValue</c>
/// calls them the same: same kinds and values, object fields in any order, variables by name. As there, a block
/// string and a plain string with the same value differ, and so do <c>1.0</c> and <c>1.00</c>.
/// Keys are cached per value node: an argument can be compared with many others.
/// </summary>
internal sealed class ArgumentValueKeys
{
    private readonly Dictionary<ValueNode, string> _keys = new(ReferenceEqualityComparer.Instance);

    public string KeyOf(ValueNode value)
    {
        if (_keys.TryGetValue(value, out var key)) return key;
        var builder = new StringBuilder();
        Append(builder, value);
        key = builder.ToString();
        _keys[value] = key;
        return key;
    }

    // Every part is self-delimiting (a tag, then a length-prefixed text or bracketed parts), so keys are unambiguous.
    private static void Append(StringBuilder key, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                AppendText(key.Append('$'), variable.Name.Value);
                break;
            case IntValueNode integer:
                AppendText(key.Append('i'), integer.Value);
                break;
            case FloatValueNode number:
                AppendText(key.Append('f'), number.Value);
                break;
            case StringValueNode text:
                AppendText(key.Append(text.Block ? 'b' : 's'), text.Value);
                break;
            case BooleanValueNode boolean:
                key.Append(boolean.Value ? 'T' : 'F');
                break;
            case NullValueNode:
                key.Append('N');
                break;
            case EnumValueNode enumValue:
                AppendText(key.Append('e'), enumValue.Value);
                break;
            case ListValueNode list:
                key.Append('[');
                foreach (var item in list.Values) Append(key, item);
                key.Append(']');
                break;
            case ObjectValueNode obj:
                key.Append('{');
                // Stable and by UTF-16 code units, like JavaScript's sort with < and >.
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    AppendText(key, field.Name.Value);
                    Append(key, field.Value);
                }

                key.Append('}');
                break;
        }
    }

    private static void AppendText(StringBuilder key, string text) => key.Append(text.Length).Append(':').Append(text);
}
