using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PostCatalog.Floor;

/// <summary>The few value formats the catalog's GraphQL answers use: Relay ids, nullable columns, IN lists.</summary>
public static class FloorJson
{
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

    public static void WriteNullableString(Utf8JsonWriter json, ReadOnlySpan<byte> name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) json.WriteNull(name);
        else json.WriteString(name, reader.GetString(ordinal));
    }

    /// <summary><c>(@ids1, @ids2, ...)</c> as EF Core spells a parameterised <c>Contains</c>.</summary>
    public static string InList(int count) => "(" + string.Join(", ", Enumerable.Range(1, count).Select(i => "@ids" + i)) + ")";

    public static void AddIds(SqliteCommand command, IReadOnlyList<long> ids)
    {
        for (var i = 0; i < ids.Count; i++) command.Parameters.AddWithValue("@ids" + (i + 1), ids[i]);
    }
}
