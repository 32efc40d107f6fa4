using System.Text;
using PostCatalog.GraphQL.Language;

namespace PostCatalog.GraphQL.Types;

/// <summary>Prints value literals in graphql-js's format (<c>{a: 1, b: [1, 2]}</c>), for messages and SDL defaults.</summary>
internal static class ValueLiteralPrinter
{
    public static string Print(ValueNode value) => value switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode { Block: true } s => BlockString.Print(s.Value),
        StringValueNode s => PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(Print)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(f => f.Name.Value + ": " + Print(f.Value))) + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>A double-quoted string with graphql-js's escapes.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is >= '\u007f' and <= '\u009f') builder.Append($"\\u{(int)c:X4}");
                    else builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
