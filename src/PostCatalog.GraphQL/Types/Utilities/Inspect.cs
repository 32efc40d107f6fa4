using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PostCatalog.GraphQL.Types;

/// <summary>Prints a runtime or JSON-ish value the way graphql-js's <c>inspect</c> does, for error messages.</summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxDepth = 2;
    private const int MaxObjectEntries = 100;

    /// <summary>Longest text a message quotes for one value: a client's 100,000-key object is not repeated back to it.</summary>
    private const int MaxLength = 256;

    public static string Value(object? value) => ErrorText.Quote(Format(value, 0), MaxLength);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => Quoted(s),
        bool b => b ? "true" : "false",
        JsonElement element => Format(JsonInput.FromJson(element), depth),
        IReadOnlyDictionary<string, object?> map => FormatObject(map.Select(p => (p.Key, p.Value)).ToList(), depth),
        IDictionary<string, object?> map => FormatObject(map.Select(p => (p.Key, p.Value)).ToList(), depth),
        IEnumerable list and not string => FormatList(list.Cast<object?>().ToList(), depth),
        _ when IsNumber(value) => Number(value),
        Uri uri => uri.OriginalString,
        Enum e => e.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };

    /// <summary>A string as JSON, or its first characters when it is long (graphql-js quotes the whole; we will not echo megabytes).</summary>
    private static string Quoted(string s) => s.Length <= ErrorText.MaxQuotedLength
        ? JsonSerializer.Serialize(s)
        : JsonSerializer.Serialize(s[..ErrorText.MaxQuotedLength]) + $"… ({s.Length} characters)";

    /// <summary>A number as JavaScript's <c>String(n)</c> prints it (1, 1.5, 1e+21).</summary>
    public static string Number(object value)
    {
        if (value is double or float)
        {
            var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsNaN(d)) return "NaN";
            if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
            if (d == Math.Floor(d) && Math.Abs(d) < 1e21) return d.ToString("0", CultureInfo.InvariantCulture);
            var abs = Math.Abs(d);
            if (abs >= 1e-6 && abs < 1e21) return ((decimal)d).ToString(CultureInfo.InvariantCulture);
            // JavaScript's exponent form: 1e+21, 1.5e-7.
            var parts = d.ToString("R", CultureInfo.InvariantCulture).Split('E');
            var exponent = int.Parse(parts[1], CultureInfo.InvariantCulture);
            return parts[0] + "e" + (exponent > 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture)!;
    }

    internal static bool IsNumber(object value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    private static string FormatObject(List<(string Key, object? Value)> entries, int depth)
    {
        if (entries.Count == 0) return "{}";
        if (depth > MaxDepth) return "[Object]";
        // graphql-js prints every entry; past a hundred the message is cut at MaxLength anyway, so stop there.
        var shown = entries.Take(MaxObjectEntries).Select(e => e.Key + ": " + Format(e.Value, depth + 1));
        var more = entries.Count > MaxObjectEntries ? ", ..." : "";
        return "{ " + string.Join(", ", shown) + more + " }";
    }

    private static string FormatList(List<object?> items, int depth)
    {
        if (items.Count == 0) return "[]";
        if (depth > MaxDepth) return "[Array]";
        var shown = items.Take(MaxArrayLength).Select(i => Format(i, depth + 1)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1) shown.Add("... 1 more item");
        else if (remaining > 1) shown.Add($"... {remaining} more items");
        return "[" + string.Join(", ", shown) + "]";
    }
}
