using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// Writes JSON byte for byte as the AWS CLI does (<c>json.dump(indent=4, ensure_ascii=False)</c>): four-space indents,
/// <c>"key": value</c>, <c>[]</c> and <c>{}</c> for empty containers, non-ASCII text unescaped, lowercase
/// <c>\u00XX</c> for control characters.
/// </summary>
internal static class PythonJsonWriter
{
    /// <summary>Writes <paramref name="node"/> and a final newline.</summary>
    public static void Write(TextWriter writer, JsonNode? node)
    {
        WriteNode(writer, node, 0);
        writer.Write('\n');
    }

    private static void WriteNode(TextWriter writer, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                writer.Write("null");
                break;
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    writer.Write("{}");
                    break;
                }

                writer.Write('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    writer.Write(first ? "\n" : ",\n");
                    first = false;
                    Indent(writer, depth + 1);
                    WriteString(writer, key);
                    writer.Write(": ");
                    WriteNode(writer, value, depth + 1);
                }

                writer.Write('\n');
                Indent(writer, depth);
                writer.Write('}');
                break;
            case JsonArray array:
                if (array.Count == 0)
                {
                    writer.Write("[]");
                    break;
                }

                writer.Write('[');
                for (var i = 0; i < array.Count; i++)
                {
                    writer.Write(i == 0 ? "\n" : ",\n");
                    Indent(writer, depth + 1);
                    WriteNode(writer, array[i], depth + 1);
                }

                writer.Write('\n');
                Indent(writer, depth);
                writer.Write(']');
                break;
            default:
                var scalar = (JsonValue)node;
                switch (scalar.GetValueKind())
                {
                    case JsonValueKind.String:
                        WriteString(writer, scalar.GetValue<string>());
                        break;
                    case JsonValueKind.True:
                        writer.Write("true");
                        break;
                    case JsonValueKind.False:
                        writer.Write("false");
                        break;
                    default:
                        writer.Write(scalar.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void Indent(TextWriter writer, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            writer.Write("    ");
        }
    }

    /// <summary>A JSON string as Python's json module writes it.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The string.</param>
    /// <param name="ensureAscii">Python's ensure_ascii: everything outside printable ASCII as <c>\uXXXX</c> (UTF-16 units).</param>
    public static void WriteString(TextWriter writer, string value, bool ensureAscii = false)
    {
        writer.Write('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                case '\b': writer.Write("\\b"); break;
                case '\f': writer.Write("\\f"); break;
                default:
                    if (c < ' ' || (ensureAscii && c > '~'))
                    {
                        writer.Write("\\u");
                        writer.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        writer.Write(c);
                    }

                    break;
            }
        }

        writer.Write('"');
    }
}
