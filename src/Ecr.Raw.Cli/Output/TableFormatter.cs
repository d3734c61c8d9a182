using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// <c>--output table</c> as the AWS CLI draws it (awscli/formatter.py's TableFormatter and awscli/table.py's
/// MultiTable): a section per structure and list, scalars as a header row and a value row (one key/value row for a
/// single scalar), nested members indented, and every section turned vertical when the table is wider than the
/// terminal (80 columns when standard output is not one). Never coloured.
/// </summary>
internal sealed class TableFormatter
{
    private readonly List<TableSection> _sections = [];
    private TableSection? _current;

    /// <summary>Writes <paramref name="document"/> under the title <paramref name="title"/> (the operation's name).</summary>
    public static void Write(TextWriter writer, string title, JsonNode? document, int terminalWidth)
    {
        var table = new TableFormatter();
        if (table.Build(title, document, 0))
        {
            table.Render(writer, terminalWidth);
        }
    }

    private bool Build(string? title, JsonNode? current, int indent)
    {
        if (IsEmpty(current))
        {
            return false;
        }

        if (title is not null)
        {
            NewSection(title, indent);
        }

        if (current is JsonArray list)
        {
            if (list[0] is JsonObject)
            {
                BuildFromList(list, indent, title);
            }
            else
            {
                foreach (var item in list)
                {
                    if (item is not (JsonObject or JsonArray))
                    {
                        _current!.AddRow([PythonText.Str(item)]);
                    }
                    else if (item is JsonArray inner && inner.All(e => e is not (JsonObject or JsonArray)))
                    {
                        _current!.AddRow(inner.Select(PythonText.Str).ToList());
                    }
                    else
                    {
                        Build(null, item, 0);
                    }
                }
            }
        }

        if (current is JsonObject obj)
        {
            BuildFromObject(obj, indent);
        }

        return true;
    }

    private void BuildFromObject(JsonObject current, int indent)
    {
        var (headers, more) = GroupKeys(current);
        if (headers.Count == 1)
        {
            _current!.AddRow([headers[0], PythonText.Str(current[headers[0]])]);
        }
        else if (headers.Count > 0)
        {
            _current!.AddHeader(headers);
            _current.AddRow(headers.Select(h => PythonText.Str(current[h])).ToList());
        }

        foreach (var key in more)
        {
            Build(key, current[key], indent + 1);
        }
    }

    private void BuildFromList(JsonArray current, int indent, string? title)
    {
        var headers = new SortedSet<string>(System.StringComparer.Ordinal);
        var more = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var item in current.OfType<JsonObject>())
        {
            var (h, m) = GroupKeys(item);
            headers.UnionWith(h);
            more.UnionWith(m);
        }

        _current!.AddHeader([.. headers]);
        var first = true;
        foreach (var element in current.OfType<JsonObject>())
        {
            if (!first && more.Count > 0)
            {
                NewSection(title ?? string.Empty, indent);
                _current!.AddHeader([.. headers]);
            }

            first = false;
            _current!.AddRow(headers.Select(h => element.TryGetPropertyValue(h, out var v) ? PythonText.Str(v) : string.Empty).ToList());
            foreach (var key in more.Where(element.ContainsKey))
            {
                Build(key, element[key], indent + 1);
            }
        }
    }

    private static (List<string> Headers, List<string> More) GroupKeys(JsonObject current)
    {
        var headers = current.Where(p => p.Value is not (JsonObject or JsonArray)).Select(p => p.Key).Order(System.StringComparer.Ordinal).ToList();
        var more = current.Where(p => p.Value is JsonObject or JsonArray).Select(p => p.Key).Order(System.StringComparer.Ordinal).ToList();
        return (headers, more);
    }

    private void NewSection(string title, int indent)
    {
        _current = new TableSection { Title = title, IndentLevel = indent };
        _sections.Add(_current);
    }

    private void Render(TextWriter writer, int terminalWidth)
    {
        var maxWidth = MaxWidth();
        if (maxWidth > terminalWidth)
        {
            // Too wide: every one-row section with headers becomes key/value rows.
            for (var i = 0; i < _sections.Count; i++)
            {
                var section = _sections[i];
                if (section.Rows.Count == 1 && section.Headers.Count > 0)
                {
                    var vertical = new TableSection { Title = section.Title, IndentLevel = section.IndentLevel };
                    foreach (var (header, element) in section.Headers.Zip(section.Rows[0]))
                    {
                        vertical.AddRow([header, element]);
                    }

                    _sections[i] = vertical;
                }
            }

            maxWidth = MaxWidth();
        }

        writer.Write(new string('-', maxWidth) + "\n");
        foreach (var section in _sections)
        {
            RenderSection(writer, section, maxWidth - (section.IndentLevel * 2));
        }
    }

    private int MaxWidth() => _sections.Max(s => s.TotalWidth(padding: 4, outerPadding: s.IndentLevel));

    private static void RenderSection(TextWriter writer, TableSection section, int width)
    {
        void Line(string text)
        {
            var edge = new string('|', section.IndentLevel);
            writer.Write(edge + text + edge + "\n");
        }

        if (section.Title.Length > 0)
        {
            Line(TableText.Center(section.Title, width));
            if (section.Headers.Count == 0 && section.Rows.Count == 0)
            {
                Line("+" + new string('-', width - 2) + "+");
            }
        }

        if (section.Headers.Count > 0)
        {
            var widths = section.ColumnWidths(4, width);
            Line(Break(widths));
            Line(string.Concat(widths.Zip(section.Headers).Select((p, i) => TableText.Center(p.Second, p.First, i == 0 ? "|" : string.Empty, "|"))));
        }

        if (section.Rows.Count > 0)
        {
            var widths = section.ColumnWidths(4, width);
            if (widths.Count == 0)
            {
                return;
            }

            Line(Break(widths));
            foreach (var row in section.Rows)
            {
                Line(string.Concat(widths.Zip(row).Select((p, i) => TableText.AlignLeft(p.Second, p.First, i == 0 ? "|" : string.Empty, "|"))));
            }

            Line(Break(widths));
        }
    }

    private static string Break(List<int> widths) =>
        string.Concat(widths.Select((w, i) => i == 0 ? "+" + new string('-', w - 2) + "+" : new string('-', w - 1) + "+"));

    // Python's truthiness of a parsed JSON value: empty containers, empty strings, zero, false and null are "nothing".
    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>().Length == 0,
            JsonValueKind.False => true,
            JsonValueKind.Number => v.GetValue<double>() == 0,
            _ => false,
        },
        _ => false,
    };

}
