using System.Collections;
using System.Globalization;
using System.Text;

namespace PostCatalog.GraphQL.Data;

/// <summary>
/// Converts a coerced GraphQL input value (what the executor hands a resolver: int, long, double, string, DateOnly,
/// DateTimeOffset, Uri, enum names ...) to the CLR type of the member it is compared with.
/// </summary>
public static class InputValueConverter
{
    public static object? Convert(object? value, Type targetType)
    {
        if (value is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(targetType) ?? targetType;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        return type switch
        {
            _ when type.IsEnum => ToEnum(value, type),
            _ when type == typeof(string) => value switch
            {
                Uri uri => uri.OriginalString,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            },
            _ when type == typeof(DateOnly) => value switch
            {
                DateTime dateTime => DateOnly.FromDateTime(dateTime),
                DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime),
                string text => DateOnly.Parse(text, CultureInfo.InvariantCulture),
                _ => throw Unsupported(value, type),
            },
            _ when type == typeof(DateTime) => value switch
            {
                DateTimeOffset offset => offset.UtcDateTime,
                string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                _ => throw Unsupported(value, type),
            },
            _ when type == typeof(DateTimeOffset) => value switch
            {
                DateTime dateTime => new DateTimeOffset(dateTime),
                string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                _ => throw Unsupported(value, type),
            },
            _ when type == typeof(Uri) => new Uri(value.ToString()!, UriKind.RelativeOrAbsolute),
            _ when value is IConvertible => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
            _ => throw Unsupported(value, type),
        };
    }

    /// <summary>Converts every element of a list value; a single value stands for a list of one, as input coercion allows.</summary>
    public static IList ConvertList(object value, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                list.Add(Convert(item, elementType));
            }
        }
        else
        {
            list.Add(Convert(value, elementType));
        }

        return list;
    }

    /// <summary>Enum values arrive as GraphQL names (<c>NOT_PAID</c>) or CLR names (<c>NotPaid</c>).</summary>
    private static object ToEnum(object value, Type enumType)
    {
        var name = value.ToString()!;
        foreach (var member in Enum.GetNames(enumType))
        {
            if (member == name || ToGraphQLEnumName(member) == name)
            {
                return Enum.Parse(enumType, member);
            }
        }

        throw Unsupported(value, enumType);
    }

    /// <summary>HotChocolate's enum value naming: <c>NotPaid</c> becomes <c>NOT_PAID</c>.</summary>
    public static string ToGraphQLEnumName(string clrName)
    {
        var builder = new StringBuilder(clrName.Length + 4);
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(clrName[i - 1])
                || (i + 1 < clrName.Length && char.IsLower(clrName[i + 1]) && char.IsUpper(clrName[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static InvalidCastException Unsupported(object value, Type type) =>
        new($"Cannot convert the input value {value} ({value.GetType().Name}) to {type.Name}.");
}
