using System;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Signing;

/// <summary>
/// The body of a request to sign: its bytes (hashed while signing), a SHA-256 computed elsewhere, or
/// <c>UNSIGNED-PAYLOAD</c>.
/// </summary>
public readonly struct SignablePayload : IEquatable<SignablePayload>
{
    internal const string UnsignedPayloadValue = "UNSIGNED-PAYLOAD";

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _hash;

    private SignablePayload(ReadOnlyMemory<byte> bytes, string? hash)
    {
        _bytes = bytes;
        _hash = hash;
    }

    /// <summary>An empty body (the default value).</summary>
    public static SignablePayload Empty => default;

    /// <summary>A body that is not covered by the signature (<c>UNSIGNED-PAYLOAD</c>).</summary>
    public static SignablePayload Unsigned => new(default, UnsignedPayloadValue);

    /// <summary>Whether the payload is <see cref="Unsigned"/>.</summary>
    public bool IsUnsigned => ReferenceEquals(_hash, UnsignedPayloadValue);

    /// <summary>A body given as bytes; they are hashed while signing and must not change until then.</summary>
    /// <param name="bytes">The exact bytes sent.</param>
    /// <returns>The payload.</returns>
    public static SignablePayload FromBytes(ReadOnlyMemory<byte> bytes) => new(bytes, null);

    /// <summary>A body whose SHA-256 was computed elsewhere, for example while streaming it.</summary>
    /// <param name="sha256Hex">The hash as 64 lower-case hexadecimal digits.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentException"><paramref name="sha256Hex"/> is not 64 lower-case hex digits.</exception>
    public static SignablePayload FromSha256(string sha256Hex)
    {
        if (sha256Hex is null || !Hex.IsLowerHex(sha256Hex, 64))
        {
            throw new ArgumentException("A SHA-256 payload hash must be 64 lower-case hexadecimal digits.", nameof(sha256Hex));
        }

        return new SignablePayload(default, sha256Hex);
    }

    /// <summary>Writes the payload hash (or <c>UNSIGNED-PAYLOAD</c>) as it stands in the canonical request.</summary>
    internal void WriteHash(ref CharBuffer buffer)
    {
        if (_hash is not null)
        {
            buffer.Append(_hash);
            return;
        }

        Span<byte> digest = stackalloc byte[Crypto.HashSize];
        Crypto.Sha256(_bytes.Span, digest);
        Hex.Encode(digest, buffer.AppendSpan(64));
    }

    internal string HashString()
    {
        var buffer = new CharBuffer(64);
        try
        {
            WriteHash(ref buffer);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <inheritdoc />
    public bool Equals(SignablePayload other) => _hash == other._hash && _bytes.Equals(other._bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SignablePayload other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_hash?.GetHashCode() ?? 0) ^ _bytes.GetHashCode();

    /// <summary>Compares two payloads.</summary>
    /// <param name="left">The first payload.</param>
    /// <param name="right">The second payload.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(SignablePayload left, SignablePayload right) => left.Equals(right);

    /// <summary>Compares two payloads.</summary>
    /// <param name="left">The first payload.</param>
    /// <param name="right">The second payload.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SignablePayload left, SignablePayload right) => !left.Equals(right);
}
