using System.Security.Cryptography;
using System.Text;

namespace PostCatalog.Import.Documents;

/// <summary>SHA-256, lower-case hex: the identity of a document's content.</summary>
public static class ContentHashes
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
