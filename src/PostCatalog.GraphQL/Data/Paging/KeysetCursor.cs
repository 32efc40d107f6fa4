using PostCatalog.GraphQL.Types;
using System.Text;
using System.Text.Json;
using PostCatalog.GraphQL.Data.Sorting;

namespace PostCatalog.GraphQL.Data.Paging;

/// <summary>
/// Encodes and decodes keyset cursors: opaque base64 of a JSON array holding a fingerprint of the ordering followed by
/// the row's value for each sort key (the id last). The fingerprint makes a cursor issued under one <c>order</c>
/// invalid (HC0078) under another, instead of silently paging from the wrong place.
/// </summary>
public sealed class KeysetCursor
{
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly string _fingerprint;

    public KeysetCursor(IReadOnlyList<SortKey> keys)
    {
        _keys = keys;
        _fingerprint = Fingerprint(keys);
    }

    public string Encode(IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes<object?[]>([_fingerprint, .. values]);
        return Convert.ToBase64String(json);
    }

    /// <summary>Reads the key values back, typed as the keys are; any cursor this ordering did not issue is HC0078.</summary>
    /// <param name="argument">The argument the cursor came in, <c>after</c> or <c>before</c>, for the error.</param>
    public object?[] Decode(string cursor, string argument)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(cursor));
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length > 0 && IsFingerprint(items[0].GetString()) && items[0].GetString() != _fingerprint)
            {
                throw IssuedForAnotherOrder(argument, cursor);
            }

            if (items.Length != _keys.Count + 1 || items[0].GetString() != _fingerprint)
            {
                throw PagingErrors.InvalidCursor(argument, cursor);
            }

            var values = new object?[_keys.Count];
            for (var i = 0; i < _keys.Count; i++)
            {
                values[i] = items[i + 1].Deserialize(_keys[i].KeyType);
                if (values[i] is null && _keys[i].KeyType.IsValueType && Nullable.GetUnderlyingType(_keys[i].KeyType) is null)
                {
                    throw PagingErrors.InvalidCursor(argument, cursor);
                }
            }

            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw PagingErrors.InvalidCursor(argument, cursor);
        }
    }

    /// <summary>Ours, but from another ordering: HC0078 still, with what is wrong and what to do.</summary>
    private static DataErrorException IssuedForAnotherOrder(string argument, string cursor) =>
        new(DataErrorCodes.InvalidCursor,
            $"The cursor specified in `{argument}` cannot be used here: this cursor was issued for a different order. "
            + "Page from the start with this order (a cursor only works with the order it was issued for).",
            new Dictionary<string, object?> { ["argument"] = argument, ["cursor"] = ErrorText.Quote(cursor) });

    private static bool IsFingerprint(string? text) => text is { Length: 8 } && text.All(char.IsAsciiHexDigitLower);

    /// <summary>A short, stable hash (FNV-1a) of the keys and directions.</summary>
    private static string Fingerprint(IReadOnlyList<SortKey> keys)
    {
        var text = string.Join(";", keys.Select(k => $"{k.Selector.Body}:{(k.Descending ? "D" : "A")}"));
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash.ToString("x8");
    }
}
