using System.Buffers;
using System.Text;

namespace PostCatalog.Import.Documents;

/// <summary>
/// Decodes a file's bytes as UTF-8, replacing each invalid sequence with U+FFFD (as HTML parsers and browsers do)
/// and reporting where the first one was, so the reader's policy (<see cref="Readers.InvalidBytePolicy"/>) can decide.
/// </summary>
public static class Utf8Text
{
    private static readonly UTF8Encoding Replacing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static (string Text, InvalidUtf8? Invalid) Decode(ReadOnlySpan<byte> bytes)
    {
        var invalid = FindInvalid(bytes);
        var text = Replacing.GetString(bytes);
        return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, invalid);
    }

    /// <summary>Null when every byte is valid UTF-8.</summary>
    public static InvalidUtf8? FindInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        long first = -1;
        var sequences = 0;
        for (var offset = 0; offset < bytes.Length;)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                if (first < 0) first = offset;
                sequences++;
            }
            offset += Math.Max(consumed, 1);
        }
        var line = 1 + bytes[..(int)first].Count((byte)'\n');
        return new InvalidUtf8(first, line, sequences);
    }
}
