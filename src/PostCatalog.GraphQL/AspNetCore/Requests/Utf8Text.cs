using System.Buffers;
using System.Text.Unicode;

namespace PostCatalog.GraphQL.AspNetCore.Requests;

/// <summary>Checks request bytes are UTF-8 before anything decodes them, so a bad byte is named rather than failing deep inside a reader.</summary>
public static class Utf8Text
{
    /// <summary>The zero-based offset of the first byte that is not part of a valid UTF-8 sequence, or null when all are valid.</summary>
    public static int? FindInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return null;
        Span<char> scratch = stackalloc char[1024];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData) return offset;
            if (status == OperationStatus.Done) return null;
        }
        return null;
    }
}
