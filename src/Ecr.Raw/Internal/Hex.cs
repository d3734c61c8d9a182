using System;

namespace Ecr.Raw.Internal;

/// <summary>Lower-case hexadecimal, the only form SigV4 uses.</summary>
internal static class Hex
{
    private const string Digits = "0123456789abcdef";

    public static void Encode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = Digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }
    }

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length * 2];
        Encode(bytes, chars);
        return chars.ToString();
    }

    public static bool IsLowerHex(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
