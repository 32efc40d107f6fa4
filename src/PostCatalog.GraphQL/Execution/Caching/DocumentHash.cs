using System.Security.Cryptography;
using System.Text;

namespace PostCatalog.GraphQL.Execution.Caching;

/// <summary>The key of a document in the caches: the hex SHA-256 of its text (the hash persisted operations use too).</summary>
public static class DocumentHash
{
    public static string Compute(string query)
    {
        var byteCount = Encoding.UTF8.GetByteCount(query);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            var written = Encoding.UTF8.GetBytes(query, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
