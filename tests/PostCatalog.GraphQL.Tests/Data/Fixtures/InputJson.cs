using System.Text.Json;

namespace PostCatalog.GraphQL.Tests.Data.Fixtures;

/// <summary>
/// Writes a coerced argument value the way input coercion hands it over (dictionaries with only the given keys,
/// lists, and plain values), from JSON that reads like the GraphQL literal.
/// </summary>
public static class InputJson
{
    public static IReadOnlyDictionary<string, object?> Object(string json) =>
        (IReadOnlyDictionary<string, object?>)Parse(json)!;

    public static IReadOnlyList<object?> List(string json) => (IReadOnlyList<object?>)Parse(json)!;

    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt32(out var i) => i,
        JsonValueKind.Number when element.TryGetInt64(out var l) => l,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
