using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Ecr.Raw.Sts;

/// <summary>
/// Just enough XML for STS's answers (elements, text, entities, CDATA, comments): every element's local name and text
/// in document order. Not System.Xml, whose size would triple what an AOT tool pays for credentials. A document type
/// declaration, a mismatched or unclosed tag, or anything before the root is refused, as not being an STS answer.
/// </summary>
internal static class StsXml
{
    private static readonly char[] NameEnds = [' ', '\t', '\r', '\n'];

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">The response body.</param>
    /// <param name="elements">Each element's local name and its text (that of its descendants included).</param>
    /// <returns>False when the body is not well-formed XML.</returns>
    public static bool TryParse(string text, out IReadOnlyList<KeyValuePair<string, string>> elements)
    {
        var found = new List<KeyValuePair<string, string>>();
        var open = new List<(string Name, int Index, StringBuilder Text)>();
        elements = found;
        var i = SkipWhitespace(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
        var sawRoot = false;
        while (i < text.Length)
        {
            if (text[i] != '<')
            {
                var end = text.IndexOf('<', i);
                end = end < 0 ? text.Length : end;
                if (open.Count == 0)
                {
                    if (!IsWhitespace(text, i, end))
                    {
                        return false;
                    }
                }
                else if (!AppendDecoded(text, i, end, open))
                {
                    return false;
                }

                i = end;
            }
            else if (Starts(text, i, "<?"))
            {
                i = Skip(text, i, "?>");
            }
            else if (Starts(text, i, "<!--"))
            {
                i = Skip(text, i, "-->");
            }
            else if (Starts(text, i, "<![CDATA["))
            {
                var end = text.IndexOf("]]>", i, StringComparison.Ordinal);
                if (end < 0 || open.Count == 0)
                {
                    return false;
                }

                foreach (var element in open)
                {
                    element.Text.Append(text, i + 9, end - i - 9);
                }

                i = end + 3;
            }
            else if (Starts(text, i, "<!"))
            {
                return false;
            }
            else if (Starts(text, i, "</"))
            {
                var end = text.IndexOf('>', i);
                if (end < 0 || open.Count == 0 || text.Substring(i + 2, end - i - 2).Trim() != open[open.Count - 1].Name)
                {
                    return false;
                }

                var closed = open[open.Count - 1];
                open.RemoveAt(open.Count - 1);
                found[closed.Index] = new(found[closed.Index].Key, closed.Text.ToString());
                i = end + 1;
            }
            else
            {
                var end = TagEnd(text, i);
                if (end < 0 || (sawRoot && open.Count == 0))
                {
                    return false;
                }

                var selfClosing = text[end - 1] == '/';
                var inner = text.Substring(i + 1, (selfClosing ? end - 1 : end) - i - 1);
                var nameEnd = inner.IndexOfAny(NameEnds);
                var name = nameEnd < 0 ? inner : inner.Substring(0, nameEnd);
                if (name.Length == 0)
                {
                    return false;
                }

                sawRoot = true;
                found.Add(new(LocalName(name), string.Empty));
                if (!selfClosing)
                {
                    open.Add((name, found.Count - 1, new StringBuilder()));
                }

                i = end + 1;
            }

            if (i < 0)
            {
                return false;
            }
        }

        return sawRoot && open.Count == 0;
    }

    private static string LocalName(string name) => name.Substring(name.IndexOf(':') + 1);

    private static bool Starts(string text, int index, string prefix) => string.CompareOrdinal(text, index, prefix, 0, prefix.Length) == 0;

    private static int Skip(string text, int index, string terminator)
    {
        var end = text.IndexOf(terminator, index, StringComparison.Ordinal);
        return end < 0 ? -1 : end + terminator.Length;
    }

    // The '>' that ends a start tag, skipping any inside quoted attribute values.
    private static int TagEnd(string text, int index)
    {
        var quote = '\0';
        for (var i = index + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c == '<')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AppendDecoded(string text, int start, int end, List<(string Name, int Index, StringBuilder Text)> open)
    {
        var decoded = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (text[i] != '&')
            {
                decoded.Append(text[i]);
                continue;
            }

            var semicolon = text.IndexOf(';', i, end - i);
            if (semicolon < 0)
            {
                return false;
            }

            var entity = text.Substring(i + 1, semicolon - i - 1);
            switch (entity)
            {
                case "amp": decoded.Append('&'); break;
                case "lt": decoded.Append('<'); break;
                case "gt": decoded.Append('>'); break;
                case "quot": decoded.Append('"'); break;
                case "apos": decoded.Append('\''); break;
                default:
                    var hex = entity.StartsWith("#x", StringComparison.Ordinal);
                    if (!entity.StartsWith("#", StringComparison.Ordinal)
                        || !int.TryParse(entity.Substring(hex ? 2 : 1), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                        || code is < 1 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                    {
                        return false;
                    }

                    decoded.Append(char.ConvertFromUtf32(code));
                    break;
            }

            i = semicolon;
        }

        foreach (var element in open)
        {
            element.Text.Append(decoded);
        }

        return true;
    }
}
