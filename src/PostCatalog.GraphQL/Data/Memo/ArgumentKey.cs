using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PostCatalog.GraphQL.Types;

namespace PostCatalog.GraphQL.Data.Memo;

/// <summary>
/// A field's coordinate and coerced argument values as one string: the memo key of an answer that depends on them
/// alone. Values print as JSON-like text (strings quoted and escaped, so no two values print alike).
/// </summary>
public static class ArgumentKey
{
    /// <summary><c>Query.posts{where:{title:{eq:"x"}}}</c>, leaving out the arguments in <paramref name="ignored"/> (paging, order).</summary>
    public static string Of(IResolverContext context, IReadOnlyCollection<string> ignored)
    {
        var key = new StringBuilder(context.Field.Coordinate).Append('{');
        foreach (var (name, argument) in context.Arguments)
        {
            if (ignored.Contains(name) || argument.Value is null) continue;
            key.Append(name).Append(':');
            Append(key, argument.Value);
            key.Append(',');
        }

        return key.Append('}').ToString();
    }

    /// <summary>Prints one coerced value: input objects and lists recursively, scalars and enums as their text.</summary>
    public static void Append(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append("null");
                break;
            case string text:
                key.Append(JsonSerializer.Serialize(text));
                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                key.Append('{');
                foreach (var (name, field) in fields)
                {
                    key.Append(name).Append(':');
                    Append(key, field);
                    key.Append(',');
                }

                key.Append('}');
                break;
            case IEnumerable items:
                key.Append('[');
                foreach (var item in items)
                {
                    Append(key, item);
                    key.Append(',');
                }

                key.Append(']');
                break;
            case IFormattable formattable:
                key.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Append(JsonSerializer.Serialize(value.ToString()));
                break;
        }
    }
}
