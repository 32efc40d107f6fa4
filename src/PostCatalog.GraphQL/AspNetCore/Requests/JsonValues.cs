using System.Text.Json;

namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>Turns JSON into the engine's canonical variable shape: objects become dictionaries, arrays lists,
/// integers long (or decimal when out of range), other numbers double.</summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l
            : IsInteger(element) && element.TryGetDecimal(out var m) ? m
            : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement obj)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject()) result[property.Name] = ToClr(property.Value);
        return result;
    }

    private static bool IsInteger(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.IndexOfAny(['.', 'e', 'E']) < 0;
    }
}
