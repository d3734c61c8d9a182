using System.Globalization;
using System.Text;

namespace Ecr.Raw.Cli.Output;

/// <summary>Text measuring and padding of <c>--output table</c> (awscli/table.py's helpers).</summary>
internal static class TableText
{
    /// <summary>
    /// Display columns: two for East Asian wide and fullwidth characters, one otherwise. (Python also counts East Asian
    /// "ambiguous" characters as two; those do not occur in ECR names, tags or digests.)
    /// </summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Python's <c>' ' * n</c>: nothing for a negative count.</summary>
    public static string Spaces(int count) => count > 0 ? new string(' ', count) : string.Empty;

    public static string Center(string text, int length, string left = "|", string right = "|")
    {
        var textLength = Width(text);
        var start = (FloorDiv(length, 2) - FloorDiv(textLength, 2)) - 1;
        var soFar = left.Length + start + textLength;
        return new StringBuilder(left).Append(Spaces(start)).Append(text).Append(Spaces(length - right.Length - soFar)).Append(right).ToString();
    }

    public static string AlignLeft(string text, int length, string left, string right)
    {
        const int LeftPadding = 2;
        var textLength = Width(text);
        var padding = length - (textLength + LeftPadding + left.Length + right.Length) >= 0 ? LeftPadding : 0;
        var soFar = left.Length + padding + textLength;
        return new StringBuilder(left).Append(Spaces(padding)).Append(text).Append(Spaces(length - soFar - right.Length)).Append(right).ToString();
    }

    private static int FloorDiv(int a, int b) => (int)System.Math.Floor(a / (double)b);

    private static bool IsWide(int c) =>
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}
