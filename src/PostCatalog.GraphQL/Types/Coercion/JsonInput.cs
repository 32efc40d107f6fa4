using System.Text.Json;

namespace PostCatalog.GraphQL.Types;

/// <summary>
/// The one canonical shape of JSON-ish input values (variables) that coercion accepts:
/// <c>null</c>, <c>bool</c>, <c>string</c>, <c>long</c> (integers that fit), <c>double</c> (other numbers),
/// <c>Dictionary&lt;string, object?&gt;</c> (objects) and <c>List&lt;object?&gt;</c> (arrays).
/// Other CLR numbers are accepted too; <see cref="JsonElement"/>s are converted on the way in.
/// </summary>
public static class JsonInput
{
    /// <summary>Converts a parsed JSON element to the canonical shape.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => ToDictionary(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element)),
    };

    /// <summary>Parses a JSON object (e.g. a request's <c>variables</c>) to a dictionary of canonical values.</summary>
    public static Dictionary<string, object?> ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? ToDictionary(document.RootElement)
            : throw new ArgumentException("Expected a JSON object.", nameof(json));
    }

    /// <summary>Converts any <see cref="JsonElement"/> inside <paramref name="value"/>; leaves other values as they are.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => FromJson(element),
        _ => value,
    };

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) result[property.Name] = FromJson(property.Value);
        return result;
    }
}
