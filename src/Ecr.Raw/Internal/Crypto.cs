using System;
using System.Security.Cryptography;

namespace Ecr.Raw.Internal;

/// <summary>
/// SHA-256 and HMAC-SHA256 over spans. On .NET 8+ each thread keeps its hash objects: creating a native hash context
/// costs more than hashing a request, so reusing them roughly halves the cost of a signature.
/// </summary>
internal static class Crypto
{
    public const int HashSize = 32;

#if NET8_0_OR_GREATER
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;
#endif

    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        sha.GetHashAndReset(destination);
#else
        using var sha = SHA256.Create();
        sha.ComputeHash(data.ToArray()).CopyTo(destination);
#endif
    }

    /// <summary>HMAC with a key that is reused across calls (a cached signing key): its context is kept per thread.</summary>
    public static void HmacSha256WithCachedKey(byte[] key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        var hmac = t_hmac;
        if (hmac is null || !ReferenceEquals(t_hmacKey, key))
        {
            hmac?.Dispose();
            hmac = t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            t_hmacKey = key;
        }

        hmac.AppendData(data);
        hmac.GetHashAndReset(destination);
#else
        HmacSha256(key, data, destination);
#endif
    }

    public static void HmacSha256(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        HMACSHA256.HashData(key, data, destination);
#else
        using var hmac = new HMACSHA256(key.ToArray());
        hmac.ComputeHash(data.ToArray()).CopyTo(destination);
#endif
    }
}
