using System;
using System.Security.Cryptography;

namespace Ecr.Raw.Internal;

/// <summary>SHA-256 and HMAC-SHA256 over spans, allocation-free where the platform allows it.</summary>
internal static class Crypto
{
    public const int HashSize = 32;

    public static void Sha256(ReadOnlySpan<byte> data, Span<byte> destination)
    {
#if NET8_0_OR_GREATER
        SHA256.HashData(data, destination);
#else
        using var sha = SHA256.Create();
        sha.ComputeHash(data.ToArray()).CopyTo(destination);
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
