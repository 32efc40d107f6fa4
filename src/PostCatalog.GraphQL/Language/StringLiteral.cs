using System.Text;

namespace PostCatalog.GraphQL.Language;

/// <summary>Prints a value as a quoted GraphQL string, escaping as graphql-js's <c>printString</c> does.</summary>
public static class StringLiteral
{
    public static string Print(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                // Other C0 and C1 control characters and DEL as \uXXXX.
                case <= '\u001F' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4"));
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }
}
