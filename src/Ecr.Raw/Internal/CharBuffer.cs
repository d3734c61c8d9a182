using System;
using System.Buffers;
using System.Text;

namespace Ecr.Raw.Internal;

/// <summary>
/// A growable char buffer rented from the shared pool, so building canonical requests allocates nothing
/// that outlives the call. Dispose returns the array.
/// </summary>
internal struct CharBuffer : IDisposable
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(capacity);
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(string value) => Append(value.AsSpan());

    public void Append(ReadOnlySpan<char> value)
    {
        if (_length + value.Length > _chars.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
    }

    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        var span = _chars.AsSpan(_length, count);
        _length += count;
        return span;
    }

    public void Truncate(int length) => _length = length;

    /// <summary>SHA-256 of the UTF-8 bytes written so far.</summary>
    public readonly void Sha256(Span<byte> destination)
    {
        var max = Encoding.UTF8.GetMaxByteCount(_length);
        var bytes = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var count = Encoding.UTF8.GetBytes(_chars, 0, _length, bytes, 0);
            Crypto.Sha256(bytes.AsSpan(0, count), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>HMAC-SHA256 of the UTF-8 bytes written so far, with a long-lived (cached) key.</summary>
    public readonly void HmacSha256(byte[] key, Span<byte> destination)
    {
        var max = Encoding.UTF8.GetMaxByteCount(_length);
        var bytes = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            var count = Encoding.UTF8.GetBytes(_chars, 0, _length, bytes, 0);
            Crypto.HmacSha256WithCachedKey(key, bytes.AsSpan(0, count), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public override readonly string ToString() => Written.ToString();

    public void Dispose()
    {
        var chars = _chars;
        _chars = [];
        _length = 0;
        if (chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private void Grow(int additional)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + additional));
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }
}
