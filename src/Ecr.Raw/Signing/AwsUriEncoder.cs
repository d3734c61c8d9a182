using System;
using System.Buffers;
using System.Text;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Signing;

/// <summary>RFC 3986 percent-encoding as SigV4 defines it: unreserved characters kept, every other byte as upper-case <c>%XX</c>.</summary>
internal static class AwsUriEncoder
{
    private const string UpperHex = "0123456789ABCDEF";

    public static bool IsUnreserved(byte b) =>
        (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~';

    /// <summary>Encodes the UTF-8 bytes of <paramref name="text"/>; '/' is kept when <paramref name="keepSlash"/>.</summary>
    public static void Encode(ref CharBuffer destination, ReadOnlySpan<char> text, bool keepSlash)
    {
        var fastPath = true;
        foreach (var c in text)
        {
            if (c >= 0x80 || !(IsUnreserved((byte)c) || (keepSlash && c == '/')))
            {
                fastPath = false;
                break;
            }
        }

        if (fastPath)
        {
            destination.Append(text);
            return;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var chars = text.ToArray();
            var count = Encoding.UTF8.GetBytes(chars, 0, chars.Length, bytes, 0);
            EncodeBytes(ref destination, bytes.AsSpan(0, count), keepSlash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Decodes <c>%XX</c> escapes (a malformed escape stays literal) and encodes the result once.</summary>
    public static void DecodeThenEncode(ref CharBuffer destination, ReadOnlySpan<char> text, bool keepSlash)
    {
        if (text.IndexOf('%') < 0)
        {
            Encode(ref destination, text, keepSlash);
            return;
        }

        var bytes = Decode(text);
        EncodeBytes(ref destination, bytes, keepSlash);
    }

    /// <summary>
    /// Encodes a path that is already percent-encoded on the wire (S3's single encoding): valid <c>%XX</c> escapes are kept
    /// (hex digits upper-cased), so an encoded <c>%2F</c> stays distinct from '/', and anything else is encoded.
    /// </summary>
    public static void EncodeKeepingEscapes(ref CharBuffer destination, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && TryHex(text[i + 1], out _) && TryHex(text[i + 2], out _))
            {
                Encode(ref destination, text.Slice(start, i - start), keepSlash: true);
                destination.Append('%');
                destination.Append(char.ToUpperInvariant(text[i + 1]));
                destination.Append(char.ToUpperInvariant(text[i + 2]));
                i += 2;
                start = i + 1;
            }
        }

        Encode(ref destination, text.Slice(start), keepSlash: true);
    }

    /// <summary>Percent-decodes to bytes; '+' stays '+' because SigV4 query strings are not form-encoded.</summary>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        var result = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = 0;
        var pending = new char[1];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && TryHex(text[i + 1], out var hi) && TryHex(text[i + 2], out var lo))
            {
                result[length++] = (byte)((hi << 4) | lo);
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                length += Encoding.UTF8.GetBytes(new[] { c, text[i + 1] }, 0, 2, result, length);
                i++;
                continue;
            }

            pending[0] = c;
            length += Encoding.UTF8.GetBytes(pending, 0, 1, result, length);
        }

        Array.Resize(ref result, length);
        return result;
    }

    private static void EncodeBytes(ref CharBuffer destination, ReadOnlySpan<byte> bytes, bool keepSlash)
    {
        foreach (var b in bytes)
        {
            if (IsUnreserved(b) || (keepSlash && b == '/'))
            {
                destination.Append((char)b);
            }
            else
            {
                var span = destination.AppendSpan(3);
                span[0] = '%';
                span[1] = UpperHex[b >> 4];
                span[2] = UpperHex[b & 0xF];
            }
        }
    }

    private static bool TryHex(char c, out int value)
    {
        value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
