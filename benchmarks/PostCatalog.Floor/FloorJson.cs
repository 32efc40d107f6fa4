using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostCatalog.Floor;

/// <summary>The writer settings and the few value formats the catalog's GraphQL answers use.</summary>
public static class FloorJson
{
    /// <summary>As our server writes responses: non-ASCII text, quotes and <c>&lt;mark&gt;</c> as themselves, not escaped.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>A Relay global id: base64 of <c>TypeName:key</c>, as the catalog schema's <c>GlobalId</c> writes it.</summary>
    public static void WriteId(Utf8JsonWriter json, string type, long id)
    {
        Span<byte> raw = stackalloc byte[64];
        var length = Encoding.ASCII.GetBytes(type, raw);
        raw[length++] = (byte)':';
        Utf8Formatter.TryFormat(id, raw[length..], out var digits);
        length += digits;
        Span<byte> encoded = stackalloc byte[Base64.GetMaxEncodedToUtf8Length(length)];
        Base64.EncodeToUtf8(raw[..length], encoded, out _, out var written);
        json.WriteString("id"u8, encoded[..written]);
    }
}
